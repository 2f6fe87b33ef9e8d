package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkReply.ok;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.sandbox.gbtalk.GbTalkStore.ConversationView;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Posted;
import io.switchboard.sandbox.gbtalk.GbTalkStore.User;

/**
 * The read functions of the "Conversations" section: get-conversation, get-conversations, get-user-conversations,
 * search-conversations, get-notes and get-agents-in-conversation. List rows are each conversation's latest message
 * joined with the conversation and a user, so a conversation without messages never appears in a list.
 */
final class GbTalkConversationFunctions {

    /** get-conversations answers at most this many rows and skips {@code pagination} times as many. */
    static final int PAGE_SIZE = 100;

    /** Status 2, "waiting answer from agent", comes first in get-conversations. */
    static final int WAITING_FOR_AGENT = 2;

    /** get-conversations without a status: the inbox, i.e. everything but archive (3) and trash (4). */
    private static final Set<Integer> INBOX = Set.of(0, 1, 2);

    /** Newest latest message first; views without messages must be filtered out before. */
    private static final Comparator<ConversationView> NEWEST_FIRST = Comparator
            .comparing((ConversationView view) -> view.lastMessage().orElseThrow().message().creationTime())
            .thenComparingLong(view -> view.conversation().id())
            .reversed();

    private final GbTalkStore store;
    private final ObjectMapper mapper;

    GbTalkConversationFunctions(GbTalkStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    List<GbTalkFunction> functions() {
        return List.of(
                new GbTalkFunction("get-conversation", List.of("conversation_id"), this::getConversation),
                new GbTalkFunction("get-conversations", List.of(), this::getConversations),
                new GbTalkFunction("get-user-conversations", List.of("user_id"), this::getUserConversations),
                new GbTalkFunction("search-conversations", List.of("search"), this::searchConversations),
                new GbTalkFunction("get-notes", List.of("conversation_id"), this::getNotes),
                new GbTalkFunction("get-agents-in-conversation", List.of("conversation_id"),
                        this::getAgentsInConversation));
    }

    private GbTalkReply getConversation(GbTalkArgs args) {
        Optional<ConversationView> view = find(args.number("conversation_id"));
        Map<String, Object> response = new LinkedHashMap<>();
        // the documented "not found" answer: no messages and an empty string for details
        response.put("messages", view.map(v -> v.messages().stream().map(GbTalkRows::message).toList())
                .orElse(List.of()));
        response.put("details", view.<Object> map(GbTalkRows::conversationDetails).orElse(""));
        return ok(response);
    }

    private GbTalkReply getConversations(GbTalkArgs args) {
        Predicate<ConversationView> filter = statusFilter(args.text("status_code"));
        Optional<String> department = args.text("department").filter(s -> !s.isBlank());
        if (department.isPresent()) {
            filter = filter.and(view -> department.get().equals(view.conversation().department()));
        }
        Optional<String> source = args.text("source").filter(s -> !s.isBlank());
        if (source.isPresent()) {
            filter = filter.and(view -> source.get().equals(view.conversation().source()));
        }
        Comparator<ConversationView> order = Comparator
                .comparing((ConversationView view) -> view.conversation().statusCode() != WAITING_FOR_AGENT)
                .thenComparing(NEWEST_FIRST);
        return ok(store.conversations().stream()
                .filter(view -> view.lastMessage().isPresent())
                .filter(filter)
                .sorted(order)
                .skip((long) args.page("pagination") * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(view -> GbTalkRows.inboxRow(view, view.lastMessage().orElseThrow()))
                .toList());
    }

    private GbTalkReply getUserConversations(GbTalkArgs args) {
        OptionalLong userId = args.number("user_id");
        if (userId.isEmpty()) {
            return ok(List.of());
        }
        long id = userId.getAsLong();
        Set<Long> excluded = GbTalkUserFunctions.ids(args.list("exclude_id").orElse(List.of()));
        // an agent's conversations are those assigned to them or that they answered
        Predicate<ConversationView> belongs = args.flag("agents", false)
                ? view -> Objects.equals(view.conversation().agentId(), id)
                        || view.messages().stream().anyMatch(posted -> posted.author().id() == id)
                : view -> view.customer().id() == id;
        return ok(store.conversations().stream()
                .filter(view -> view.lastMessage().isPresent())
                .filter(belongs)
                .filter(view -> !excluded.contains(view.conversation().id()))
                .sorted(NEWEST_FIRST)
                .map(view -> GbTalkRows.userConversationRow(view, view.lastMessage().orElseThrow()))
                .toList());
    }

    private GbTalkReply searchConversations(GbTalkArgs args) {
        String needle = args.text("search").orElse("").toLowerCase(Locale.ROOT);
        return ok(store.conversations().stream()
                .filter(view -> view.lastMessage().isPresent())
                .filter(view -> matches(view, needle))
                .sorted(NEWEST_FIRST)
                .map(view -> GbTalkRows.inboxRow(view, view.lastMessage().orElseThrow()))
                .toList());
    }

    private GbTalkReply getNotes(GbTalkArgs args) {
        return ok(find(args.number("conversation_id"))
                .map(view -> view.notes().stream().map(GbTalkRows::note).toList())
                .orElse(List.of()));
    }

    private GbTalkReply getAgentsInConversation(GbTalkArgs args) {
        Set<Long> ids = new LinkedHashSet<>();
        args.list("conversation_id").orElse(List.of())
                .forEach(value -> GbTalkArgs.parseLong(value).ifPresent(ids::add));
        Map<String, Object> byConversation = new LinkedHashMap<>();
        for (long id : ids) {
            store.conversation(id).ifPresent(view -> {
                Map<Long, User> agents = new LinkedHashMap<>();
                view.messages().stream().map(Posted::author).filter(User::isAgent)
                        .forEach(agent -> agents.putIfAbsent(agent.id(), agent));
                if (!agents.isEmpty()) {
                    byConversation.put(String.valueOf(id), agents.values().stream()
                            .map(agent -> GbTalkRows.agentInConversation(agent, id)).toList());
                }
            });
        }
        // PHP encodes an empty array as [] rather than {}, and so does the product
        return ok(byConversation.isEmpty() ? List.of() : byConversation);
    }

    private Optional<ConversationView> find(OptionalLong id) {
        return id.isPresent() ? store.conversation(id.getAsLong()) : Optional.empty();
    }

    /**
     * No status, an empty one or 0 is the inbox (PHP reads "0" as false); {@code all} is every status; any other
     * value keeps the conversations with exactly that status (none, if it is not a number).
     */
    private static Predicate<ConversationView> statusFilter(Optional<String> statusCode) {
        String value = statusCode.map(String::trim).orElse("");
        if (value.isEmpty() || value.equals("0")) {
            return view -> INBOX.contains(view.conversation().statusCode());
        }
        if (value.equalsIgnoreCase("all")) {
            return view -> true;
        }
        OptionalLong status = GbTalkArgs.parseLong(value);
        return view -> status.isPresent() && view.conversation().statusCode() == status.getAsLong();
    }

    /** The documented search: message texts, attachment names, and the user's email, first and last name. */
    private boolean matches(ConversationView view, String needle) {
        User customer = view.customer();
        if (contains(customer.email(), needle) || contains(customer.firstName(), needle)
                || contains(customer.lastName(), needle)) {
            return true;
        }
        return view.messages().stream().map(Posted::message).anyMatch(message -> contains(message.message(), needle)
                || attachmentNames(message.attachments()).stream().anyMatch(name -> contains(name, needle)));
    }

    /** The names in an attachments column: {@code [["name", "url"], ...]}. */
    private List<String> attachmentNames(String attachments) {
        if (attachments == null || attachments.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode attachment : mapper.readTree(attachments)) {
                if (attachment.isArray() && !attachment.isEmpty()) {
                    names.add(attachment.get(0).asText());
                }
            }
        } catch (JsonProcessingException e) {
            // a column the product could not decode either: nothing to match
        }
        return names;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
