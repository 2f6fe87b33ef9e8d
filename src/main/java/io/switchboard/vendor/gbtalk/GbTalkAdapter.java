package io.switchboard.vendor.gbtalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.Agent;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Article;
import io.switchboard.domain.ArticleCategory;
import io.switchboard.domain.ArticleRating;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.AgentSource;
import io.switchboard.vendor.AgentWriter;
import io.switchboard.vendor.AnswerSource;
import io.switchboard.vendor.ArticleRater;
import io.switchboard.vendor.ArticleSource;
import io.switchboard.vendor.ConversationSource;
import io.switchboard.vendor.ConversationWriter;
import io.switchboard.vendor.CustomerSource;
import io.switchboard.vendor.CustomerWriter;
import io.switchboard.vendor.VendorErrors;

/**
 * GB Talk behind Switchboard's ports. Every call is one function of the GB Talk Web API, sent with the admin token as
 * the {@code token} form field:
 * <ul>
 * <li>agents: {@code get-users} of types agent and admin, one page of 100 at a time, plus one
 * {@code get-online-users} per page for the status; by id, {@code get-users} with {@code user_ids};</li>
 * <li>customers: {@code get-users} of types visitor, lead and user with {@code extra} (so that phones and attributes
 * are there in lists as in single gets), {@code search} for free text or an email address (then kept only on an exact
 * match); by id, {@code get-users} with {@code user_ids};</li>
 * <li>conversations: {@code get-conversations} by page and {@code status_code}, {@code search-conversations} with
 * search text, {@code get-user-conversations} for an agent's or customer's list, {@code get-conversation} for one
 * conversation and its messages, {@code get-notes} for its notes;</li>
 * <li>answers: {@code saved-replies}; articles: {@code get-articles}, {@code search-articles},
 * {@code get-articles-categories}, and {@code article-ratings} (read form only) when articles are fetched by id.</li>
 * </ul>
 * Pages: GB Talk pages are 100 rows, {@code pagination=0} the first; the page token is the next page number, handed
 * out while a page comes back full. Functions without paging return their whole list, as {@link Page#whole}.
 * <p>
 * Assignee: the conversation rows carry no assignee, so it is taken from {@code get-agents-in-conversation} (one call
 * per page or per set of ids, with the conversation ids as a JSON array), which lists the agents with at least one
 * message in each conversation. The assignee is the <em>last</em> agent it lists for a conversation: the product lists
 * them in the order they joined, so the last is the one who took the conversation over most recently. A conversation
 * no agent has written in has no assignee.
 * <p>
 * Customer of a list row: GB Talk's list rows are the latest message joined with the conversation, and their
 * {@code user_id} is the message's author, not the conversation's user. The customer is therefore set only where it
 * is certain: the user whose conversations were asked for, {@code conversation_user_id} where an installation sends
 * it, or the author when the author is a customer. Otherwise it stays null, and {@link #getConversations} (from
 * {@code get-conversation} details) knows it.
 * <p>
 * Ids GB Talk cannot have issued (its user and conversation ids are numbers) are absent without a call.
 * <p>
 * Writes, each sent once and never retried (arguments built by {@link GbTalkForms}):
 * <ul>
 * <li>agents: {@code add-user} with {@code user_type=agent}, {@code update-user} after checking that the id is an
 * agent's (GB Talk has one users table, so an agent id must not change a customer);</li>
 * <li>customers: {@code add-user} with {@code user_type} visitor, lead or user and the phone in {@code extra},
 * {@code update-user} with the phone in {@code settings_extra}, after checking that the id is a customer's;</li>
 * <li>conversations: {@code new-conversation} (its answer is the new conversation), {@code send-message},
 * {@code update-conversation-status}, {@code update-conversation-agent}, {@code add-note};</li>
 * <li>articles: {@code article-ratings} with {@code rating} 1 (helpful) or 0 (not helpful), as documented.</li>
 * </ul>
 * Where GB Talk answers only an id, the object is read back with the read functions above. That read comes after
 * the write has happened, so for writes that must not be repeated (creating a user, sending a message, adding a
 * note) a failed read-back answers the object as written instead of an error that would invite a second write.
 * <p>
 * A message without an author is sent as GB Talk's bot ({@code get-bot-id}), as the docs advise for messages that
 * no person writes: Switchboard does not know which user the admin token belongs to. A note needs its author
 * ({@code add-note} takes "the agent or admin who creates the note"), so a note without one is bad input.
 * <p>
 * The assignee GB Talk stores with {@code new-conversation} and {@code update-conversation-agent} is not in any
 * documented read (see above: reads take the last agent who wrote). The conversation such a write answers therefore
 * carries the assignee that was written, not the one the reads would guess.
 */
@ApplicationScoped
public class GbTalkAdapter implements AgentSource, CustomerSource, ConversationSource, AnswerSource, ArticleSource,
        AgentWriter, CustomerWriter, ConversationWriter, ArticleRater {

    /** Rows per page of {@code get-users} and {@code get-conversations}, and the most ids one call names. */
    static final int PAGE_SIZE = 100;

    private static final int PARALLEL_GETS = 8;
    private static final List<String> AGENT_TYPES = List.of("agent", "admin");
    private static final List<String> CUSTOMER_TYPES = List.of("visitor", "lead", "user");
    private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,18}");
    private static final Pattern PAGE_TOKEN = Pattern.compile("\\d{1,6}");

    private final Instance<GbTalkApi> api;
    private final GbTalkReplies replies;
    private final Optional<String> token;

    @Inject
    GbTalkAdapter(@RestClient Instance<GbTalkApi> api, GbTalkReplies replies, SwitchboardConfig config) {
        this.api = api;
        this.replies = replies;
        this.token = config.gbtalk().token();
    }

    @Override
    public Vendor vendor() {
        return Vendor.GBTALK;
    }

    // ------------------------------------------------------------------ agents

    @Override
    public Uni<Page<Agent>> listAgents(String pageToken) {
        return page(pageToken).chain(page -> Uni.combine().all()
                .unis(users(args("user_types", replies.jsonArgument(AGENT_TYPES), "pagination", String.valueOf(page))),
                        onlineAgentIds())
                .with((users, online) -> new Page<>(users.stream()
                        .filter(GbTalkMapper::isAgent)
                        .map(user -> GbTalkMapper.agent(user, online.contains(user.id())))
                        .toList(), nextPageToken(page, users.size()), null)));
    }

    @Override
    public Uni<Map<String, Agent>> getAgents(Set<String> remoteIds) {
        List<String> ids = numericIds(remoteIds);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.combine().all().unis(usersById(ids, false), onlineAgentIds())
                .with((users, online) -> byRemoteId(users.stream()
                        .filter(user -> user.id() != null && remoteIds.contains(user.id()))
                        .filter(GbTalkMapper::isAgent)
                        .map(user -> GbTalkMapper.agent(user, online.contains(user.id()))).toList(),
                        Agent::remoteId));
    }

    @Override
    public Uni<Page<Conversation>> listAgentConversations(String agentRemoteId, String pageToken) {
        return userConversations(agentRemoteId, true, pageToken);
    }

    // ------------------------------------------------------------------ customers

    /** An email address, when given, is the query: the search text is then not used. */
    @Override
    public Uni<Page<Customer>> listCustomers(CustomerQuery query, String pageToken) {
        String email = query == null ? null : trimToNull(query.email());
        String text = query == null ? null : trimToNull(query.search());
        String search = email != null ? email : text;
        return page(pageToken).chain(page -> users(args(
                "user_types", replies.jsonArgument(CUSTOMER_TYPES),
                "pagination", String.valueOf(page),
                "search", search,
                "extra", "true"))
                .map(users -> new Page<>(users.stream()
                        // search matches parts of addresses too; an email query wants the address itself
                        .filter(user -> email == null || email.equalsIgnoreCase(trimToNull(user.email())))
                        .map(GbTalkMapper::customer)
                        .flatMap(Optional::stream)
                        .toList(), nextPageToken(page, users.size()), null)));
    }

    @Override
    public Uni<Map<String, Customer>> getCustomers(Set<String> remoteIds) {
        List<String> ids = numericIds(remoteIds);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return usersById(ids, true).map(users -> byRemoteId(users.stream()
                .filter(user -> user.id() != null && remoteIds.contains(user.id()))
                .map(GbTalkMapper::customer)
                .flatMap(Optional::stream)
                .toList(), Customer::remoteId));
    }

    @Override
    public Uni<Page<Conversation>> listCustomerConversations(String customerRemoteId, String pageToken) {
        return userConversations(customerRemoteId, false, pageToken);
    }

    // ------------------------------------------------------------------ conversations

    @Override
    public Uni<Page<Conversation>> listConversations(ConversationQuery query, String pageToken) {
        ConversationStatus status = query == null ? null : query.status();
        String search = query == null ? null : trimToNull(query.search());
        if (search != null) {
            // search-conversations has neither paging nor a status filter
            return firstPage(pageToken)
                    .chain(() -> rows("search-conversations", args("search", search)))
                    .map(rows -> withStatus(conversations(rows, null), status))
                    .chain(this::withAssignees)
                    .map(Page::whole);
        }
        return page(pageToken).chain(page -> rows("get-conversations", args(
                "pagination", String.valueOf(page),
                "status_code", status == null ? null : GbTalkMapper.statusCode(status)))
                // status_code=0 is the inbox view (statuses 0 to 2), so OPEN is narrowed here
                .chain(rows -> withAssignees(withStatus(conversations(rows, null), status))
                        .map(items -> new Page<>(items, nextPageToken(page, rows.size()), null))));
    }

    @Override
    public Uni<Map<String, Conversation>> getConversations(Set<String> remoteIds) {
        List<String> ids = numericIds(remoteIds);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUni(id -> fetchConversation(id)
                        .map(found -> found.map(c -> GbTalkMapper.conversation(id, c.details(), c.messages()))))
                .merge(PARALLEL_GETS)
                .select().where(Optional::isPresent)
                .map(Optional::get)
                .collect().asList()
                .chain(this::withAssignees)
                .map(conversations -> byRemoteId(conversations, Conversation::remoteId));
    }

    @Override
    public Uni<Page<Message>> listMessages(String conversationRemoteId, String pageToken) {
        return firstPage(pageToken)
                .chain(() -> fetchConversation(conversationRemoteId))
                .map(found -> Page.whole(found.orElseThrow(() -> SwitchboardException.notFound(Vendor.GBTALK,
                        "Conversation " + GlobalId.of(Vendor.GBTALK, Conversation.TYPE, conversationRemoteId)))
                        .messages()));
    }

    @Override
    public Uni<List<Note>> listNotes(String conversationRemoteId) {
        if (!isNumericId(conversationRemoteId)) {
            return Uni.createFrom().item(List.of());
        }
        return list("get-notes", args("conversation_id", conversationRemoteId), GbTalkNote.class)
                .map(notes -> notes.stream().map(note -> GbTalkMapper.note(note, conversationRemoteId)).toList());
    }

    // ------------------------------------------------------------------ answers

    /** Saved replies have no language: the query's language is not a filter here. */
    @Override
    public Uni<Page<Answer>> listAnswers(AnswerQuery query, String pageToken) {
        String search = query == null ? null : trimToNull(query.search());
        String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
        return firstPage(pageToken)
                .chain(this::savedReplies)
                .map(saved -> Page.whole(saved.stream()
                        .filter(reply -> needle == null || contains(reply.name(), needle)
                                || contains(reply.text(), needle))
                        .map(GbTalkMapper::answer)
                        .toList()));
    }

    @Override
    public Uni<Map<String, Answer>> getAnswers(Set<String> remoteIds) {
        if (remoteIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return savedReplies().map(saved -> byRemoteId(saved.stream()
                .filter(reply -> remoteIds.contains(reply.name()))
                .map(GbTalkMapper::answer)
                .toList(), Answer::remoteId));
    }

    // ------------------------------------------------------------------ articles

    /**
     * The whole help center, or the articles matching the search; ratings are left out (one call per article), see
     * {@link #getArticles}. {@code search-articles} may answer with shortened contents.
     */
    @Override
    public Uni<Page<Article>> listArticles(ArticleQuery query, String pageToken) {
        String search = query == null ? null : trimToNull(query.search());
        String category = query == null ? null : trimToNull(query.categoryRemoteId());
        String language = query == null ? null : trimToNull(query.language());
        Uni<List<GbTalkArticle>> articles = search != null
                ? list("search-articles", args("search", search, "articles_language", language), GbTalkArticle.class)
                : list("get-articles", args("full", "true", "categories", category, "articles_language", language),
                        GbTalkArticle.class);
        return firstPage(pageToken)
                .chain(() -> Uni.combine().all().unis(articles, categoriesById())
                        .with((rows, categories) -> Page.whole(rows.stream()
                                // search-articles cannot filter by category
                                .filter(article -> category == null
                                        || (article.categories() != null && article.categories().contains(category)))
                                .map(article -> GbTalkMapper.article(article, categories, null))
                                .toList())));
    }

    @Override
    public Uni<Map<String, Article>> getArticles(Set<String> remoteIds) {
        List<String> ids = remoteIds.stream().filter(id -> id != null && !id.isBlank()).sorted().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Uni<List<RatedArticle>> articles = Multi.createFrom().iterable(ids)
                .onItem().transformToUni(this::ratedArticle)
                .merge(PARALLEL_GETS)
                .select().where(Optional::isPresent)
                .map(Optional::get)
                .collect().asList();
        return Uni.combine().all().unis(articles, categoriesById())
                .with((rated, categories) -> byRemoteId(rated.stream()
                        .map(r -> GbTalkMapper.article(r.article(), categories, r.rating()))
                        .toList(), Article::remoteId));
    }

    @Override
    public Uni<List<ArticleCategory>> listCategories() {
        return list("get-articles-categories", Map.of(), GbTalkArticleCategory.class)
                .map(categories -> categories.stream()
                        .filter(category -> category.id() != null)
                        .map(GbTalkMapper::category)
                        .toList());
    }

    // ------------------------------------------------------------------ writes: agents and customers

    @Override
    public Uni<Agent> createAgent(AgentDraft draft) {
        Optional<SwitchboardException> foreign = GbTalkForms.foreignFields(draft);
        if (foreign.isPresent()) {
            return Uni.createFrom().failure(foreign.get());
        }
        Map<String, String> form = GbTalkForms.newAgent(draft);
        return call("add-user", form)
                .map(replies::createdId)
                .chain(id -> readBack("agent", getAgents(Set.of(id)).map(agents -> Optional.ofNullable(agents.get(id))),
                        () -> GbTalkMapper.agent(writtenUser(id, form, null), false)));
    }

    @Override
    public Uni<Agent> updateAgent(String remoteId, AgentChanges changes) {
        Optional<SwitchboardException> foreign = GbTalkForms.foreignFields(changes);
        if (foreign.isPresent()) {
            return Uni.createFrom().failure(foreign.get());
        }
        return existingUser(remoteId, Agent.TYPE, GbTalkMapper::isAgent)
                .chain(() -> updateUser(remoteId, GbTalkForms.agentChanges(changes)))
                .chain(() -> getAgents(Set.of(remoteId)))
                .map(agents -> required(agents.get(remoteId), Agent.TYPE, remoteId));
    }

    @Override
    public Uni<Customer> createCustomer(CustomerDraft draft) {
        Optional<SwitchboardException> tooMany = GbTalkForms.tooMany(draft.emails(), draft.phones());
        if (tooMany.isPresent()) {
            return Uni.createFrom().failure(tooMany.get());
        }
        Map<String, String> form = GbTalkForms.newCustomer(draft);
        String phone = draft.phones() == null || draft.phones().isEmpty() ? null : draft.phones().get(0);
        return call("add-user", form)
                .map(replies::createdId)
                .chain(id -> readBack("customer",
                        getCustomers(Set.of(id)).map(customers -> Optional.ofNullable(customers.get(id))),
                        () -> GbTalkMapper.customer(writtenUser(id, form, phone)).orElseThrow()));
    }

    @Override
    public Uni<Customer> updateCustomer(String remoteId, CustomerChanges changes) {
        Optional<SwitchboardException> tooMany = GbTalkForms.tooMany(changes.emails(), changes.phones());
        if (tooMany.isPresent()) {
            return Uni.createFrom().failure(tooMany.get());
        }
        return existingUser(remoteId, Customer.TYPE, user -> GbTalkMapper.customerType(user.userType()).isPresent())
                .chain(() -> updateUser(remoteId, GbTalkForms.customerChanges(changes)))
                .chain(() -> getCustomers(Set.of(remoteId)))
                .map(customers -> required(customers.get(remoteId), Customer.TYPE, remoteId));
    }

    // ------------------------------------------------------------------ writes: conversations

    /** {@code new-conversation} answers the conversation it created (no messages yet), so no read follows. */
    @Override
    public Uni<Conversation> createConversation(String customerRemoteId, String title, ConversationStatus status,
            String assigneeRemoteId) {
        if (!isNumericId(customerRemoteId)) {
            return Uni.createFrom().failure(notFound(Customer.TYPE, customerRemoteId));
        }
        if (assigneeRemoteId != null && !isNumericId(assigneeRemoteId)) {
            return Uni.createFrom().failure(notFound(Agent.TYPE, assigneeRemoteId));
        }
        return call("new-conversation", args(
                "user_id", customerRemoteId,
                "title", title,
                "status_code", status == null ? null : GbTalkMapper.statusCode(status),
                "agent_id", assigneeRemoteId))
                .map(response -> {
                    if (response == null || !response.isObject()) {
                        throw replies.refusal(response);
                    }
                    GbTalkConversation created = replies.object(response, GbTalkConversation.class)
                            .orElseThrow(replies::unreadableAnswer);
                    GbTalkConversationDetails details = replies.object(created.details(),
                            GbTalkConversationDetails.class).filter(d -> isNumericId(d.id()))
                            .orElseThrow(replies::unreadableAnswer);
                    return GbTalkMapper.conversation(details.id(), details,
                            messages(created.messages(), details.id(), details)).withAssignee(assigneeRemoteId);
                });
    }

    /**
     * {@code send-message} as the author, or as GB Talk's bot when there is none; GB Talk answers the message id, and
     * the stored message is read back from {@code get-conversation}. No {@code conversation_status_code} is sent, so
     * GB Talk moves the conversation on as it does for any reply.
     */
    @Override
    public Uni<Message> sendMessage(String conversationRemoteId, String body, String authorRemoteId,
            List<Attachment> attachments) {
        if (!isNumericId(conversationRemoteId)) {
            return Uni.createFrom().failure(notFound(Conversation.TYPE, conversationRemoteId));
        }
        if (authorRemoteId != null && !isNumericId(authorRemoteId)) {
            return Uni.createFrom().failure(notFound(Agent.TYPE, authorRemoteId));
        }
        List<Attachment> files = attachments == null ? List.of() : attachments;
        Uni<String> author = authorRemoteId != null ? Uni.createFrom().item(authorRemoteId)
                : call("get-bot-id", Map.of()).map(replies::createdId);
        return author.chain(userId -> call("send-message", args(
                "user_id", userId,
                "conversation_id", conversationRemoteId,
                "message", body,
                "attachments", files.isEmpty() ? null : GbTalkForms.attachments(files)))
                .map(replies::sentMessageId)
                .chain(messageId -> readBack("message",
                        fetchConversation(conversationRemoteId).map(found -> found.flatMap(conversation -> conversation
                                .messages().stream().filter(m -> messageId.equals(m.remoteId())).findFirst())),
                        () -> new Message(Vendor.GBTALK, messageId, conversationRemoteId, body, null, null,
                                authorRemoteId == null ? AuthorRole.BOT : AuthorRole.AGENT, userId, files))));
    }

    /** Every status has a GB Talk code, so none is refused here. */
    @Override
    public Uni<Conversation> updateStatus(String conversationRemoteId, ConversationStatus status) {
        if (!isNumericId(conversationRemoteId)) {
            return Uni.createFrom().failure(notFound(Conversation.TYPE, conversationRemoteId));
        }
        return call("update-conversation-status", args(
                "conversation_id", conversationRemoteId,
                "status_code", GbTalkMapper.statusCode(status)))
                .invoke(replies::confirmed)
                .chain(() -> getConversations(Set.of(conversationRemoteId)))
                .map(found -> required(found.get(conversationRemoteId), Conversation.TYPE, conversationRemoteId));
    }

    /**
     * {@code update-conversation-agent} with the agent, or {@code false} to unassign as the docs say; then
     * {@code get-conversation}. The assignee answered is the one written: {@code get-agents-in-conversation} only
     * lists agents who wrote in the conversation, so it cannot confirm an assignment.
     */
    @Override
    public Uni<Conversation> assign(String conversationRemoteId, String agentRemoteId) {
        if (!isNumericId(conversationRemoteId)) {
            return Uni.createFrom().failure(notFound(Conversation.TYPE, conversationRemoteId));
        }
        if (agentRemoteId != null && !isNumericId(agentRemoteId)) {
            return Uni.createFrom().failure(notFound(Agent.TYPE, agentRemoteId));
        }
        return call("update-conversation-agent", args(
                "conversation_id", conversationRemoteId,
                "agent_id", agentRemoteId == null ? "false" : agentRemoteId))
                .invoke(replies::confirmed)
                .chain(() -> fetchConversation(conversationRemoteId))
                .map(found -> found.map(c -> GbTalkMapper.conversation(conversationRemoteId, c.details(),
                        c.messages()).withAssignee(agentRemoteId))
                        .orElseThrow(() -> notFound(Conversation.TYPE, conversationRemoteId)));
    }

    /** {@code add-note}; the title is the note's {@code name} (empty without one). GB Talk answers the note id. */
    @Override
    public Uni<Note> addNote(String conversationRemoteId, String body, String authorRemoteId, String title) {
        if (authorRemoteId == null) {
            return Uni.createFrom().failure(SwitchboardException.badInput(List.of("input", "authorId"),
                    "GB Talk notes are written by an agent or admin: authorId is required"));
        }
        if (!isNumericId(conversationRemoteId)) {
            return Uni.createFrom().failure(notFound(Conversation.TYPE, conversationRemoteId));
        }
        if (!isNumericId(authorRemoteId)) {
            return Uni.createFrom().failure(notFound(Agent.TYPE, authorRemoteId));
        }
        return call("add-note", args(
                "conversation_id", conversationRemoteId,
                "user_id", authorRemoteId,
                "name", title == null ? "" : title,
                "message", body))
                .map(replies::createdId)
                .chain(noteId -> readBack("note",
                        listNotes(conversationRemoteId).map(notes -> notes.stream()
                                .filter(note -> noteId.equals(note.remoteId())).findFirst()),
                        () -> new Note(Vendor.GBTALK, noteId, conversationRemoteId, body, authorRemoteId, null)));
    }

    // ------------------------------------------------------------------ writes: articles

    /**
     * Checks that the article exists ({@code get-articles} by id), adds the vote with {@code article-ratings} and
     * {@code rating} 1 or 0 (the documented values), then reads the ratings again.
     */
    @Override
    public Uni<ArticleRating> rateArticle(String articleRemoteId, boolean helpful) {
        if (articleRemoteId == null || articleRemoteId.isBlank()) {
            return Uni.createFrom().failure(notFound(Article.TYPE, String.valueOf(articleRemoteId)));
        }
        return call("get-articles", args("id", articleRemoteId))
                .map(response -> articleIn(response, articleRemoteId))
                .chain(found -> found.isEmpty()
                        ? Uni.createFrom().<JsonNode> failure(notFound(Article.TYPE, articleRemoteId))
                        : call("article-ratings", args("article_id", articleRemoteId, "rating", helpful ? "1" : "0")))
                .invoke(this::ratingAdded)
                .chain(() -> call("article-ratings", args("article_id", articleRemoteId)))
                .map(ratings -> GbTalkMapper.rating(replies.embeddedArray(ratings)));
    }

    /**
     * {@code article-ratings} answers {@code true} when it added the vote, and the ratings when it took the call for
     * a read (as a PHP check of the argument would for a {@code rating} it reads as false).
     */
    private void ratingAdded(JsonNode response) {
        boolean ratings = response != null && (response.isArray()
                || (response.isTextual() && response.asText().trim().startsWith("[")));
        if (ratings) {
            throw SwitchboardException.rejected(Vendor.GBTALK, "the rating was not added");
        }
        replies.confirmed(response);
    }

    // ------------------------------------------------------------------ write helpers

    /** Fails with NOT_FOUND unless the user exists and is of the kind the caller's id names. */
    private Uni<Void> existingUser(String remoteId, String type, Predicate<GbTalkUser> kind) {
        if (!isNumericId(remoteId)) {
            return Uni.createFrom().failure(notFound(type, remoteId));
        }
        return usersById(List.of(remoteId), false).map(users -> {
            if (users.stream().noneMatch(user -> remoteId.equals(user.id()) && kind.test(user))) {
                throw notFound(type, remoteId);
            }
            return null;
        });
    }

    /** {@code update-user} with the changes; no call when nothing changes. */
    private Uni<Void> updateUser(String remoteId, Map<String, String> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user_id", remoteId);
        form.putAll(changes);
        return call("update-user", form).invoke(replies::confirmed).replaceWithVoid();
    }

    /**
     * The object as GB Talk now holds it, read after the write. The write has happened by then, so a read that fails
     * or finds nothing must not turn it into an error that invites a second write: the object is answered as written,
     * without what only GB Talk fills in (times, presence, other details).
     */
    private static <T> Uni<T> readBack(String what, Uni<Optional<T>> read, Supplier<T> asWritten) {
        return read
                .onFailure().recoverWithItem(failure -> {
                    Log.debugf("Reading back the new GB Talk %s failed: %s", what,
                            failure instanceof SwitchboardException e ? e.code() : failure.getClass().getSimpleName());
                    return Optional.empty();
                })
                .map(found -> found.orElseGet(() -> {
                    Log.warnf("GB Talk stored the %s, but it could not be read back; answering it as written", what);
                    return asWritten.get();
                }));
    }

    /** A user row from what {@code add-user} was sent, for an answer when the new user cannot be read back. */
    private static GbTalkUser writtenUser(String id, Map<String, String> form, String phone) {
        List<GbTalkUserDetail> details = phone == null ? List.of()
                : List.of(new GbTalkUserDetail(GbTalkForms.PHONE, GbTalkForms.PHONE_NAME, phone));
        return new GbTalkUser(id, form.get("first_name"), form.get("last_name"), form.get("email"),
                form.get("profile_image"), form.get("user_type"), null, null, details, null);
    }

    private static <T> T required(T found, String type, String remoteId) {
        if (found == null) {
            throw notFound(type, remoteId);
        }
        return found;
    }

    private static SwitchboardException notFound(String type, String remoteId) {
        return SwitchboardException.notFound(Vendor.GBTALK, type + " " + GlobalId.of(Vendor.GBTALK, type, remoteId));
    }

    // ------------------------------------------------------------------ calls

    private Uni<List<GbTalkUser>> users(Map<String, String> arguments) {
        return list("get-users", arguments, GbTalkUser.class);
    }

    /** {@code get-users} by id, 100 ids per call (the most one call returns). */
    private Uni<List<GbTalkUser>> usersById(List<String> ids, boolean extra) {
        return Multi.createFrom().iterable(chunks(ids))
                .onItem().transformToUniAndConcatenate(chunk -> users(args(
                        "user_ids", replies.jsonArgument(chunk),
                        "extra", extra ? "true" : null)))
                .collect().in(ArrayList<GbTalkUser>::new, List::addAll)
                .map(List::copyOf);
    }

    private Uni<Set<String>> onlineAgentIds() {
        return list("get-online-users", args("agents", "true"), GbTalkUser.class)
                .map(users -> users.stream().map(GbTalkUser::id).collect(Collectors.toSet()));
    }

    private Uni<Page<Conversation>> userConversations(String userId, boolean agent, String pageToken) {
        if (!isNumericId(userId)) {
            return firstPage(pageToken).map(nothing -> Page.whole(List.of()));
        }
        return firstPage(pageToken)
                .chain(() -> rows("get-user-conversations", args("user_id", userId, "agents", agent ? "true" : null)))
                .map(rows -> conversations(rows, agent ? null : userId))
                .chain(this::withAssignees)
                .map(Page::whole);
    }

    private Uni<List<GbTalkMessage>> rows(String function, Map<String, String> arguments) {
        return list(function, arguments, GbTalkMessage.class);
    }

    /** The conversation and its messages, oldest first; empty when GB Talk does not know it. */
    private Uni<Optional<FetchedConversation>> fetchConversation(String conversationId) {
        if (!isNumericId(conversationId)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return call("get-conversation", args("conversation_id", conversationId))
                .map(response -> replies.object(response, GbTalkConversation.class)
                        .flatMap(conversation -> replies.object(conversation.details(), GbTalkConversationDetails.class)
                                .map(details -> new FetchedConversation(details,
                                        messages(conversation.messages(), conversationId, details)))));
    }

    private static List<Message> messages(List<GbTalkMessage> rows, String conversationId,
            GbTalkConversationDetails details) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream()
                .filter(row -> row != null && row.id() != null)
                .map(row -> GbTalkMapper.message(row, conversationId, GbTalkMapper.channel(details.source())))
                .sorted(Comparator.comparing(Message::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(message -> numericOrder(message.remoteId())))
                .toList();
    }

    /** Sets each conversation's assignee from {@code get-agents-in-conversation}, 100 conversations per call. */
    private Uni<List<Conversation>> withAssignees(List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return Uni.createFrom().item(conversations);
        }
        List<String> ids = conversations.stream().map(Conversation::remoteId).distinct().toList();
        return Multi.createFrom().iterable(chunks(ids))
                .onItem().transformToUniAndConcatenate(chunk -> call("get-agents-in-conversation",
                        args("conversation_id", replies.jsonArgument(chunk))).map(this::lastAgents))
                .collect().in(HashMap<String, String>::new, Map::putAll)
                .map(assignees -> conversations.stream()
                        .map(conversation -> conversation.withAssignee(assignees.get(conversation.remoteId())))
                        .toList());
    }

    /** Reads the documented map of conversation id to agents, or (leniently) a flat list of agent rows. */
    private Map<String, String> lastAgents(JsonNode response) {
        Map<String, List<GbTalkAgentInConversation>> byConversation = new LinkedHashMap<>();
        if (response != null && response.isObject()) {
            response.fields().forEachRemaining(entry -> byConversation.put(entry.getKey(),
                    replies.list(entry.getValue(), GbTalkAgentInConversation.class)));
        } else {
            for (GbTalkAgentInConversation agent : replies.list(response, GbTalkAgentInConversation.class)) {
                byConversation.computeIfAbsent(agent.conversationId(), id -> new ArrayList<>()).add(agent);
            }
        }
        return GbTalkMapper.lastAgents(byConversation);
    }

    private Uni<List<GbTalkSavedReply>> savedReplies() {
        return list("saved-replies", Map.of(), GbTalkSavedReply.class)
                .map(saved -> saved.stream().filter(reply -> reply.name() != null).toList());
    }

    private Uni<Map<String, ArticleCategory>> categoriesById() {
        return listCategories().map(categories -> byRemoteId(categories, ArticleCategory::remoteId));
    }

    /** One article by the {@code id} filter of {@code get-articles}, with its ratings when it exists. */
    private Uni<Optional<RatedArticle>> ratedArticle(String id) {
        return call("get-articles", args("id", id, "full", "true"))
                .map(response -> articleIn(response, id))
                .chain(found -> found.isEmpty()
                        ? Uni.createFrom().item(Optional.<RatedArticle> empty())
                        : call("article-ratings", args("article_id", id))
                                .map(ratings -> Optional.of(new RatedArticle(found.get(),
                                        GbTalkMapper.rating(replies.embeddedArray(ratings))))));
    }

    /** The article the {@code id} filter answered: an object, or (leniently) a list holding it. */
    private Optional<GbTalkArticle> articleIn(JsonNode response, String id) {
        if (response != null && response.isArray()) {
            return replies.list(response, GbTalkArticle.class).stream().filter(a -> id.equals(a.id())).findFirst();
        }
        return replies.object(response, GbTalkArticle.class).filter(a -> a.id() == null || id.equals(a.id()))
                .map(a -> a.id() != null ? a : new GbTalkArticle(id, a.title(), a.content(), a.link(),
                        a.categories(), a.language()));
    }

    private <T> Uni<List<T>> list(String function, Map<String, String> arguments, Class<T> type) {
        return call(function, arguments).map(response -> replies.list(response, type));
    }

    /**
     * Calls one GB Talk function. The one place where the admin token is added and where every answer and failure is
     * read, so that the port methods above only say which function they need.
     */
    private Uni<JsonNode> call(String function, Map<String, String> arguments) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        token.ifPresent(value -> form.putSingle("token", value));
        form.putSingle("function", function);
        arguments.forEach(form::putSingle);
        Log.debugf("Calling GB Talk function %s", function);
        return Uni.createFrom().deferred(() -> api.get().call(form))
                .map(replies::response)
                .onFailure().transform(this::failure);
    }

    private SwitchboardException failure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof GbTalkHttpException http) {
                return replies.failure(http.status(), http.body());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return VendorErrors.map(Vendor.GBTALK, failure);
    }

    // ------------------------------------------------------------------ helpers

    private static Uni<Integer> page(String pageToken) {
        if (pageToken == null) {
            return Uni.createFrom().item(0);
        }
        if (!PAGE_TOKEN.matcher(pageToken).matches()) {
            return Uni.createFrom().failure(invalidPageToken());
        }
        return Uni.createFrom().item(Integer.parseInt(pageToken));
    }

    /** Whole lists have one page: any token is one this adapter did not hand out. */
    private static Uni<Void> firstPage(String pageToken) {
        return pageToken == null ? Uni.createFrom().voidItem() : Uni.createFrom().failure(invalidPageToken());
    }

    private static SwitchboardException invalidPageToken() {
        return SwitchboardException.badUserInput("Invalid page token for GB Talk");
    }

    private static String nextPageToken(int page, int rows) {
        return rows >= PAGE_SIZE ? String.valueOf(page + 1) : null;
    }

    /** One conversation per id (search and user lists can repeat one), each with its latest row. */
    private static List<Conversation> conversations(List<GbTalkMessage> rows, String knownCustomerId) {
        Map<String, GbTalkMessage> latest = new LinkedHashMap<>();
        for (GbTalkMessage row : rows) {
            if (row.conversationId() != null) {
                latest.merge(row.conversationId(), row,
                        (kept, other) -> numericOrder(other.id()) > numericOrder(kept.id()) ? other : kept);
            }
        }
        return latest.values().stream().map(row -> GbTalkMapper.conversation(row, knownCustomerId)).toList();
    }

    private static List<Conversation> withStatus(List<Conversation> conversations, ConversationStatus status) {
        return status == null ? conversations
                : conversations.stream().filter(conversation -> conversation.status() == status).toList();
    }

    private static <T> Map<String, T> byRemoteId(List<T> items, Function<T, String> remoteId) {
        return items.stream().collect(Collectors.toMap(remoteId, Function.identity(), (first, second) -> first,
                LinkedHashMap::new));
    }

    private static List<String> numericIds(Set<String> remoteIds) {
        return remoteIds.stream().filter(GbTalkAdapter::isNumericId).sorted().toList();
    }

    private static boolean isNumericId(String id) {
        return id != null && NUMERIC_ID.matcher(id).matches();
    }

    private static long numericOrder(String id) {
        return isNumericId(id) ? Long.parseLong(id) : -1;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE_SIZE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + PAGE_SIZE)));
        }
        return chunks;
    }

    /** Key/value pairs of a call's arguments; a null value leaves the argument out. */
    private static Map<String, String> args(String... keysAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                arguments.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return arguments;
    }

    private static boolean contains(String text, String lowerCaseNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private record FetchedConversation(GbTalkConversationDetails details, List<Message> messages) {
    }

    private record RatedArticle(GbTalkArticle article, ArticleRating rating) {
    }
}
