package io.switchboard.vendor.gladly;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.Agent;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Page;
import io.switchboard.domain.SmsReceipt;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.AgentSource;
import io.switchboard.vendor.AnswerSource;
import io.switchboard.vendor.ConversationSource;
import io.switchboard.vendor.ConversationWriter;
import io.switchboard.vendor.CustomerSource;
import io.switchboard.vendor.CustomerWriter;
import io.switchboard.vendor.SmsSender;
import io.switchboard.vendor.VendorErrors;

/**
 * Gladly behind Switchboard's ports: agents, customer profiles, conversations with their messages and notes, and
 * public answers to read; customer profiles, conversation status and assignee, notes, replies and SMS to write.
 * Gladly pages nothing; every list it has is returned whole, and any page token is rejected. Where Gladly has no
 * multi-id call, gets run as bounded parallel single gets in which 404 means "absent".
 * <p>
 * Writes are never retried. Gladly answers a create with a {@code Location} only and an update with nothing, so
 * every write reads the object back and answers it as Gladly now holds it. A write Gladly accepted whose read-back
 * fails is VENDOR_UNAVAILABLE with a message saying the write was made, so that it is not made twice. Gladly has no
 * call to create agents or conversations (UNSUPPORTED_BY_VENDOR, the ports' defaults).
 */
@ApplicationScoped
public class GladlyAdapter implements AgentSource, CustomerSource, ConversationSource, AnswerSource, CustomerWriter,
        ConversationWriter, SmsSender {

    /** Single gets in flight at once; Gladly allows 10 GETs a second per organization. */
    static final int PARALLEL_GETS = 8;

    /** Digits with the usual separators: what a search for a phone number looks like (given 7 digits or more). */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9 ()./-]{5,}[0-9]");

    private final Supplier<GladlyApi> api;
    private final SwitchboardConfig config;

    @Inject
    GladlyAdapter(@RestClient Instance<GladlyApi> api, SwitchboardConfig config) {
        this(api::get, config);
    }

    /** For tests that point the adapter at another server, e.g. the sandbox. */
    GladlyAdapter(Supplier<GladlyApi> api, SwitchboardConfig config) {
        this.api = api;
        this.config = config;
    }

    @Override
    public Vendor vendor() {
        return Vendor.GLADLY;
    }

    // ------------------------------------------------------------------ agents

    @Override
    public Uni<Page<Agent>> listAgents(String pageToken) {
        return firstPageOnly(pageToken)
                .chain(() -> call(() -> api.get().listAgents()))
                .map(agents -> Page.whole(present(agents).map(GladlyMapper::toAgent).toList()));
    }

    /**
     * One id is one {@code GET /agents/{id}}; more take the whole {@code GET /agents} list, Gladly's only
     * multi-agent call, and pick from it.
     */
    @Override
    public Uni<Map<String, Agent>> getAgents(Set<String> remoteIds) {
        Set<String> ids = usable(remoteIds);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (ids.size() == 1) {
            return getEach(ids,
                    id -> absentIfNotFound(call(() -> api.get().getAgent(id)).map(GladlyMapper::toAgent)));
        }
        return call(() -> api.get().listAgents()).map(agents -> {
            Map<String, Agent> found = new HashMap<>();
            present(agents).filter(agent -> ids.contains(agent.id()))
                    .forEach(agent -> found.put(agent.id(), GladlyMapper.toAgent(agent)));
            return found;
        });
    }

    // ------------------------------------------------------------------ customers

    /**
     * Gladly finds profiles only by exact email or phone number: an {@code email} query, or a search text with an
     * {@code @}, searches by email; a search text that looks like a phone number searches by phone (E.164; without
     * a leading {@code +} or {@code 00} it is read as a US number, as Gladly reads numbers without a region).
     * An {@code email} query wins over search text, since Gladly takes one criterion. Anything else is
     * UNSUPPORTED_BY_VENDOR. Gladly returns at most 50 profiles, newest first.
     */
    @Override
    public Uni<Page<Customer>> listCustomers(CustomerQuery query, String pageToken) {
        return firstPageOnly(pageToken).chain(() -> {
            String email = query == null ? null : blankToNull(query.email());
            String search = query == null ? null : blankToNull(query.search());
            String phone = null;
            if (email == null && search != null) {
                if (search.contains("@")) {
                    email = search;
                } else if (PHONE.matcher(search).matches() && search.replaceAll("[^0-9]", "").length() >= 7) {
                    phone = e164(search);
                }
            }
            if (email == null && phone == null) {
                String operation = search == null ? "listing all customers" : "searching customers by free text";
                return Uni.createFrom().failure(SwitchboardException.unsupported(Vendor.GLADLY, operation));
            }
            String byEmail = email;
            String byPhone = phone;
            return call(() -> api.get().findCustomerProfiles(byEmail, byPhone))
                    .map(profiles -> Page.whole(present(profiles).map(GladlyMapper::toCustomer).toList()));
        });
    }

    /**
     * Bounded parallel {@code GET /customer-profiles/{id}}. A merged profile (301) is followed once to the id in
     * {@code meta.new}; the customer is then keyed by the id asked for and carries its new remote id.
     */
    @Override
    public Uni<Map<String, Customer>> getCustomers(Set<String> remoteIds) {
        return getEach(usable(remoteIds),
                id -> customerProfile(id, true).map(found -> found.map(GladlyMapper::toCustomer)));
    }

    private Uni<Optional<GladlyCustomerProfile>> customerProfile(String id, boolean followMove) {
        return Uni.createFrom().deferred(() -> api.get().getCustomerProfile(id))
                .map(Optional::of)
                .onFailure().recoverWithUni(failure -> {
                    GladlyMovedException moved = causeOf(failure, GladlyMovedException.class);
                    if (moved == null) {
                        return notFoundAsEmpty(failure);
                    }
                    if (followMove && moved.newId() != null && !moved.newId().equals(id)) {
                        Log.debugf("Gladly customer %s moved to %s", id, moved.newId());
                        return customerProfile(moved.newId(), false);
                    }
                    // moved without saying where, or moved again: the id asked for names no profile now
                    Log.debugf("Gladly customer %s moved and could not be followed", id);
                    return Uni.createFrom().item(Optional.empty());
                });
    }

    /** {@code GET /customers/{id}/conversations}: at most 100, oldest first, whole. */
    @Override
    public Uni<Page<Conversation>> listCustomerConversations(String customerRemoteId, String pageToken) {
        return firstPageOnly(pageToken)
                .chain(() -> call(() -> api.get().listCustomerConversations(customerRemoteId)))
                .map(response -> Page.whole(present(body(response, "conversations of a customer"))
                        .map(GladlyMapper::toConversation).toList()));
    }

    // ------------------------------------------------------------------ conversations

    /** Gladly reaches conversations only through a customer or by id. */
    @Override
    public Uni<Page<Conversation>> listConversations(ConversationQuery query, String pageToken) {
        return Uni.createFrom().failure(SwitchboardException.unsupported(Vendor.GLADLY, "listing all conversations"));
    }

    @Override
    public Uni<Map<String, Conversation>> getConversations(Set<String> remoteIds) {
        return getEach(usable(remoteIds), id -> absentIfNotFound(
                call(() -> api.get().getConversation(id)).map(GladlyMapper::toConversation)));
    }

    /** The message items of {@code GET /conversations/{id}/items} (at most 1000, oldest first), whole. */
    @Override
    public Uni<Page<Message>> listMessages(String conversationRemoteId, String pageToken) {
        String base = config.gladly().url().orElse(null);
        return firstPageOnly(pageToken)
                .chain(() -> items(conversationRemoteId))
                .map(items -> Page.whole(items.stream()
                        .map(item -> GladlyMapper.toMessage(item, conversationRemoteId, base))
                        .filter(Objects::nonNull)
                        .toList()));
    }

    /** The note items of the same timeline call as {@link #listMessages}. */
    @Override
    public Uni<List<Note>> listNotes(String conversationRemoteId) {
        return items(conversationRemoteId).map(items -> items.stream()
                .map(item -> GladlyMapper.toNote(item, conversationRemoteId))
                .filter(Objects::nonNull)
                .toList());
    }

    private Uni<List<GladlyConversationItem>> items(String conversationRemoteId) {
        return call(() -> api.get().listConversationItems(conversationRemoteId))
                .onFailure(SwitchboardException.class)
                .transform(failure -> ((SwitchboardException) failure).code() == ErrorCode.NOT_FOUND
                        ? SwitchboardException.notFound(Vendor.GLADLY, "The Gladly conversation")
                        : failure)
                .map(response -> present(body(response, "items of a conversation")).toList());
    }

    // ------------------------------------------------------------------ customer writes

    /**
     * {@code POST /customer-profiles} ({@link GladlyWrites#newProfile}), then {@code GET} of the id in the
     * {@code Location}. A taken email, mobile number or id is Gladly's 409: VENDOR_REJECTED with its reason.
     */
    @Override
    public Uni<Customer> createCustomer(CustomerDraft draft) {
        if (draft.type() != null && draft.type() != CustomerType.USER) {
            return Uni.createFrom().failure(SwitchboardException.badInput(List.of("input", "type"),
                    "Gladly customer profiles are always USER"));
        }
        return call(() -> api.get().createCustomerProfile(GladlyWrites.newProfile(draft)))
                .map(response -> createdId(response, "customer profile"))
                .chain(id -> readBack("customer profile", id, () -> api.get().getCustomerProfile(id)))
                .map(GladlyMapper::toCustomer);
    }

    /**
     * {@code PATCH /customer-profiles/{id}} with only what changes ({@link GladlyWrites#changes}), then
     * {@code GET}. The profile is read first only when the change needs it (half a name, or phones whose settings
     * must be kept). A merged profile is followed once to its new id, whether Gladly says so with 301 or, as its
     * documentation also has it for PATCH, with 404 and a {@code moved} error: the PATCH was refused, so sending
     * it to the new id writes once. The customer answered then carries the new remote id.
     */
    @Override
    public Uni<Customer> updateCustomer(String remoteId, CustomerChanges changes) {
        Uni<GladlyCustomerProfile> current = GladlyWrites.needsCurrentProfile(changes)
                ? customerProfile(remoteId, true).map(found -> found.orElseThrow(GladlyAdapter::noSuchCustomer))
                : Uni.createFrom().nullItem();
        return current.chain(profile -> {
            String id = profile == null ? remoteId : profile.id();
            GladlyProfileWrite patch = GladlyWrites.changes(changes, profile);
            if (patch.isEmpty()) {
                return profile != null ? Uni.createFrom().item(profile)
                        : customerProfile(id, true).map(found -> found.orElseThrow(GladlyAdapter::noSuchCustomer));
            }
            return patchProfile(id, patch, true)
                    .chain(patched -> readBack("customer profile", patched,
                            () -> api.get().getCustomerProfile(patched)));
        }).map(GladlyMapper::toCustomer);
    }

    /** The id the PATCH landed on. */
    private Uni<String> patchProfile(String id, GladlyProfileWrite patch, boolean followMove) {
        return Uni.createFrom().deferred(() -> api.get().updateCustomerProfile(id, patch))
                .replaceWith(id)
                .onFailure().recoverWithUni(failure -> {
                    GladlyMovedException moved = causeOf(failure, GladlyMovedException.class);
                    if (moved != null && followMove && moved.newId() != null && !moved.newId().equals(id)) {
                        Log.debugf("Gladly customer %s moved to %s; updating that one", id, moved.newId());
                        return patchProfile(moved.newId(), patch, false);
                    }
                    return Uni.createFrom().failure(toSwitchboard(failure));
                });
    }

    private static SwitchboardException noSuchCustomer() {
        return SwitchboardException.notFound(Vendor.GLADLY, "The Gladly customer profile");
    }

    // ------------------------------------------------------------------ conversation writes

    /**
     * {@code PATCH /conversations/{id}} with {@code status.value} OPEN or CLOSED, then {@code GET}. Gladly cannot
     * be told WAITING, and has no WAITING_ON_AGENT or TRASHED: BAD_USER_INPUT before any call.
     * <p>
     * Closing sends {@code force: true}. Without it Gladly refuses to close a conversation whose customer awaits an
     * answer ({@code invalid_state}, "set 'status.force' to true to override"): a confirmation its agent UI asks
     * for. A caller of updateConversationStatus(CLOSED) has already decided, and the contract has no way to
     * confirm, so without force such a conversation could not be closed through Switchboard at all. Gladly's other
     * guards (e.g. topics required before closing) still apply and answer VENDOR_REJECTED.
     */
    @Override
    public Uni<Conversation> updateStatus(String conversationRemoteId, ConversationStatus status) {
        GladlyConversationPatch.Status change;
        if (status == ConversationStatus.OPEN) {
            change = new GladlyConversationPatch.Status("OPEN", null);
        } else if (status == ConversationStatus.CLOSED) {
            change = new GladlyConversationPatch.Status("CLOSED", Boolean.TRUE);
        } else {
            return Uni.createFrom().failure(SwitchboardException.badInput(List.of("status"),
                    "Gladly can only set OPEN or CLOSED"));
        }
        return call(() -> api.get().updateConversation(conversationRemoteId,
                new GladlyConversationPatch(null, change)))
                .chain(() -> readBack("conversation", conversationRemoteId,
                        () -> api.get().getConversation(conversationRemoteId)))
                .map(GladlyMapper::toConversation);
    }

    /**
     * {@code PATCH /conversations/{id}} with {@code assignee}, whose {@code inboxId} Gladly requires: the
     * conversation's own inbox, read first. Unassigning sends the inbox alone, leaving the conversation to it.
     */
    @Override
    public Uni<Conversation> assign(String conversationRemoteId, String agentRemoteId) {
        return call(() -> api.get().getConversation(conversationRemoteId))
                .chain(conversation -> call(() -> api.get().updateConversation(conversationRemoteId,
                        new GladlyConversationPatch(
                                new GladlyConversationPatch.Assignee(conversation.inboxId(), agentRemoteId), null))))
                .chain(() -> readBack("conversation", conversationRemoteId,
                        () -> api.get().getConversation(conversationRemoteId)))
                .map(GladlyMapper::toConversation);
    }

    /**
     * {@code POST /conversations/{id}/notes}, then {@code GET} of the note. Gladly writes notes as the API user and
     * keeps no title: {@code authorRemoteId} and {@code title} have nowhere to go (the contract's Note shows no
     * title, and its author is read back from Gladly).
     */
    @Override
    public Uni<Note> addNote(String conversationRemoteId, String body, String authorRemoteId, String title) {
        return call(() -> api.get().addNote(conversationRemoteId,
                new GladlyNoteWrite(new GladlyNoteWrite.Content(body))))
                .map(response -> createdId(response, "note"))
                .chain(noteId -> readBack("note", noteId, () -> api.get().getNote(conversationRemoteId, noteId)))
                .map(item -> {
                    Note note = GladlyMapper.toNote(item, conversationRemoteId);
                    if (note == null) {
                        throw SwitchboardException.unavailable(Vendor.GLADLY,
                                "the note was added, but Gladly answered it as another kind of item", null);
                    }
                    return note;
                });
    }

    /**
     * Gladly sends messages only as replies to a customer's message: the conversation's items are read, the last
     * one a customer sent in a channel Gladly replies in is answered in that channel
     * ({@code POST /conversation-items/{itemId}/reply}), and the new item read back. A conversation without such an
     * item is VENDOR_REJECTED: the request is well formed, and it is Gladly's rule ("you can only reply to customer
     * messages") that refuses it, as Gladly itself refuses a reply in a closed conversation. Gladly replies carry
     * no attachments (BAD_USER_INPUT before any call) and are written by the API user, so
     * {@code authorRemoteId} is not used; the message answered names its real author.
     */
    @Override
    public Uni<Message> sendMessage(String conversationRemoteId, String body, String authorRemoteId,
            List<Attachment> attachments) {
        if (attachments != null && !attachments.isEmpty()) {
            return Uni.createFrom().failure(SwitchboardException.badInput(List.of("input", "attachments"),
                    "Gladly replies cannot carry attachments"));
        }
        String base = config.gladly().url().orElse(null);
        return items(conversationRemoteId).chain(items -> {
            Optional<GladlyConversationItem> target = GladlyWrites.replyTarget(items);
            if (target.isEmpty()) {
                return Uni.createFrom().failure(SwitchboardException.rejected(Vendor.GLADLY,
                        "the conversation has no customer message to reply to, and Gladly only sends replies to "
                                + "customer messages"));
            }
            GladlyConversationItem item = target.get();
            return call(() -> api.get().reply(item.id(), GladlyWrites.reply(item.content().type(), body)))
                    .map(response -> createdId(response, "reply"))
                    .chain(id -> readBack("reply", id, () -> api.get().getConversationItem(id)));
        }).map(item -> {
            Message message = GladlyMapper.toMessage(item, conversationRemoteId, base);
            if (message == null) {
                throw SwitchboardException.unavailable(Vendor.GLADLY,
                        "the reply was sent, but Gladly answered it as another kind of item", null);
            }
            return message;
        });
    }

    // ------------------------------------------------------------------ SMS

    /** {@code POST /communications/sms}: Gladly answers 200 with the customer (made if new) and the item. */
    @Override
    public Uni<SmsReceipt> sendSms(String to, String from, String body) {
        return call(() -> api.get().sendSms(new GladlySmsWrite(new GladlySmsWrite.Customer(to), from, body)))
                .map(receipt -> receipt == null
                        ? new SmsReceipt(Vendor.GLADLY, null, null)
                        : new SmsReceipt(Vendor.GLADLY, receipt.customerId(), receipt.conversationItemId()));
    }

    /** The id in the {@code Location} of Gladly's 201; without one the write happened but cannot be followed. */
    private static String createdId(RestResponse<Void> response, String what) {
        String id = GladlyWrites.idFromLocation(response.getHeaderString("Location"));
        if (id == null) {
            throw SwitchboardException.unavailable(Vendor.GLADLY,
                    "it created the " + what + " but did not say where (no Location)", null);
        }
        return id;
    }

    /**
     * Reads back what a write made or changed. The write stands whatever happens here, so every failure becomes
     * VENDOR_UNAVAILABLE saying so: Switchboard then remembers the outcome as unknown for the clientMutationId,
     * and a retry reports it rather than writing again.
     */
    private static <T> Uni<T> readBack(String what, String id, Supplier<Uni<? extends T>> get) {
        return GladlyAdapter.<T> call(get).onFailure().transform(failure -> SwitchboardException.unavailable(
                Vendor.GLADLY, "the " + what + " " + id
                        + " was written, but reading it back failed ("
                        + ((SwitchboardException) failure).code() + ")", failure));
    }

    // ------------------------------------------------------------------ answers

    /**
     * Without search text, {@code GET /orgs/{orgId}/answers} (the first 1000 by name). With it,
     * {@code answers-search} gives the hits in Gladly's order but only their names, so the bodies come from the
     * same answers list, fetched alongside: two calls, however many hits. A hit beyond the list's first 1000 keeps
     * its title and has no body.
     */
    @Override
    public Uni<Page<Answer>> listAnswers(AnswerQuery query, String pageToken) {
        String search = query == null ? null : blankToNull(query.search());
        String language = query == null ? null : blankToNull(query.language());
        return firstPageOnly(pageToken).chain(() -> orgId()).chain(orgId -> {
            Uni<List<GladlyAnswer>> all = call(() -> api.get().listAnswers(orgId, language));
            if (search == null) {
                return all.map(answers -> Page.whole(present(answers).map(GladlyMapper::toAnswer).toList()));
            }
            Uni<List<GladlyAnswer>> hits = call(() -> api.get().searchAnswers(orgId, search, language));
            return Uni.combine().all().unis(hits, all).asTuple().map(found -> {
                Map<String, GladlyAnswer> byId = new HashMap<>();
                present(found.getItem2()).forEach(answer -> byId.put(answer.id(), answer));
                return Page.whole(present(found.getItem1())
                        .map(hit -> GladlyMapper.toAnswer(byId.getOrDefault(hit.id(), hit)))
                        .toList());
            });
        });
    }

    /** Bounded parallel {@code GET /orgs/{orgId}/answers/{id}} in Gladly's default language. */
    @Override
    public Uni<Map<String, Answer>> getAnswers(Set<String> remoteIds) {
        Set<String> ids = usable(remoteIds);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return orgId().chain(orgId -> getEach(ids, id -> absentIfNotFound(
                call(() -> api.get().getAnswer(orgId, id, null)).map(GladlyMapper::toAnswer))));
    }

    private Uni<String> orgId() {
        return config.gladly().orgId().filter(id -> !id.isBlank())
                .map(id -> Uni.createFrom().item(id))
                .orElseGet(() -> Uni.createFrom().failure(SwitchboardException.unavailable(Vendor.GLADLY,
                        "its organization id (switchboard.gladly.org-id) is not configured", null)));
    }

    // ------------------------------------------------------------------ plumbing

    /** A Gladly call whose every failure is a {@link SwitchboardException}. */
    private static <T> Uni<T> call(Supplier<Uni<? extends T>> request) {
        return Uni.createFrom().<T> deferred(request).onFailure().transform(GladlyAdapter::toSwitchboard);
    }

    private static SwitchboardException toSwitchboard(Throwable failure) {
        JacksonException unreadable = causeOf(failure, JacksonException.class);
        if (unreadable != null) {
            // the REST client wraps a body it cannot parse in a WebApplicationException carrying the 2xx status,
            // which would otherwise read as a rejection
            return VendorErrors.map(Vendor.GLADLY, unreadable);
        }
        GladlyMovedException moved = causeOf(failure, GladlyMovedException.class);
        if (moved != null) {
            // only customer reads and updates follow a move; anywhere else the id names nothing to act on
            return moved.status() == 404
                    ? new SwitchboardException(ErrorCode.NOT_FOUND, Vendor.GLADLY,
                            "Gladly merged the object into another one")
                    : VendorErrors.fromStatus(Vendor.GLADLY, 301, "the object was merged into another");
        }
        return VendorErrors.map(Vendor.GLADLY, failure);
    }

    private static <T> Uni<Optional<T>> absentIfNotFound(Uni<T> get) {
        return get.map(Optional::of).onFailure().recoverWithUni(GladlyAdapter::notFoundAsEmpty);
    }

    private static <T> Uni<Optional<T>> notFoundAsEmpty(Throwable failure) {
        SwitchboardException error = toSwitchboard(failure);
        return error.code() == ErrorCode.NOT_FOUND
                ? Uni.createFrom().item(Optional.empty())
                : Uni.createFrom().failure(error);
    }

    /** Runs one get per id, at most {@link #PARALLEL_GETS} at a time; empty results are left out of the map. */
    private static <V> Uni<Map<String, V>> getEach(Set<String> ids, Function<String, Uni<Optional<V>>> get) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUni(id -> get.apply(id).map(found -> Map.entry(id, found)))
                .merge(PARALLEL_GETS)
                .filter(entry -> entry.getValue().isPresent())
                .collect().asMap(Map.Entry::getKey, entry -> entry.getValue().get());
    }

    private static Uni<Void> firstPageOnly(String pageToken) {
        return pageToken == null
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(SwitchboardException.badUserInput(
                        "Invalid page token: Gladly lists come in a single page"));
    }

    private static <T> List<T> body(RestResponse<List<T>> response, String what) {
        if (response.getHeaders().containsKey(GladlyApi.LIMITED_DATA)) {
            // Gladly caps these lists and says so; what it returned is all there is to have
            Log.debugf("Gladly cut the %s short (%s)", what, GladlyApi.LIMITED_DATA);
        }
        return response.getEntity();
    }

    /** The non-null elements of a vendor list, which may itself be null (a JSON {@code null} body). */
    private static <T> Stream<T> present(List<T> values) {
        return values == null ? Stream.empty() : values.stream().filter(Objects::nonNull);
    }

    private static Set<String> usable(Set<String> remoteIds) {
        if (remoteIds == null) {
            return Set.of();
        }
        return remoteIds.stream().filter(id -> id != null && !id.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@code +} and digits. A number written without {@code +} or {@code 00} is read as a US national number
     * (10 digits, or 11 starting with 1), as Gladly reads phone numbers given without a region; other digit
     * strings are taken to include their country code.
     */
    static String e164(String phone) {
        String trimmed = phone.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        return "+" + digits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
