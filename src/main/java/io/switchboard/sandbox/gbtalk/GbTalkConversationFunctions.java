package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkReply.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkReply.rejected;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.sandbox.gbtalk.GbTalkStore.Conversation;
import io.switchboard.sandbox.gbtalk.GbTalkStore.ConversationView;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Message;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Note;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Posted;
import io.switchboard.sandbox.gbtalk.GbTalkStore.User;

/**
 * The functions of the "Conversations" section: reading (get-conversation, get-conversations, get-user-conversations,
 * search-conversations, get-notes, get-agents-in-conversation) and writing (new-conversation, send-message,
 * update-conversation-status, update-conversation-agent, add-note). List rows are each conversation's latest message
 * joined with the conversation and a user, so a conversation without messages never appears in a list, and a new
 * message moves its conversation up the inbox.
 * <p>
 * Writes behave as documented: new-conversation answers the new conversation's details or {@code user-not-found};
 * status codes outside 0-4 are {@code invalid-status-code}; send-message answers the new message id; an agent id of
 * {@code false} unassigns; add-note answers the note id. Where the docs are silent, the sandbox does what the product's
 * tables would: send-message without {@code conversation_status_code} moves the conversation to "waiting answer from
 * user" (1) when an agent, admin or bot writes and to "waiting answer from agent" (2) when the user writes, and
 * {@code skip} leaves it; a message or note for a conversation or user that does not exist fails as the foreign key
 * would, with a MySQL error message; status and agent updates of an unknown conversation change nothing and answer
 * {@code true}, as an UPDATE of no rows does.
 */
final class GbTalkConversationFunctions {

    /** get-conversations answers at most this many rows and skips {@code pagination} times as many. */
    static final int PAGE_SIZE = 100;

    /** Status 2, "waiting answer from agent", comes first in get-conversations. */
    static final int WAITING_FOR_AGENT = 2;

    /** Status 1, "waiting answer from user", where a conversation goes when an agent answers. */
    static final int WAITING_FOR_USER = 1;

    /** What MySQL answers when a message or note names a conversation or user that does not exist. */
    static final String MISSING_ROW = "Cannot add or update a child row: a foreign key constraint fails";

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
                        this::getAgentsInConversation),
                new GbTalkFunction("new-conversation", List.of("user_id"), this::newConversation),
                new GbTalkFunction("send-message", List.of("user_id", "conversation_id"), this::sendMessage),
                new GbTalkFunction("update-conversation-status", List.of("conversation_id", "status_code"),
                        this::updateConversationStatus),
                new GbTalkFunction("update-conversation-agent", List.of("conversation_id", "agent_id"),
                        this::updateConversationAgent),
                new GbTalkFunction("add-note", List.of("conversation_id", "user_id", "message"), this::addNote));
    }

    // ------------------------------------------------------------------ writes

    private GbTalkReply newConversation(GbTalkArgs args) {
        Optional<String> statusArgument = args.text("status_code").map(String::trim).filter(v -> !v.isEmpty());
        OptionalInt status = statusArgument.isPresent() ? statusCode(statusArgument.get()) : OptionalInt.of(0);
        if (status.isEmpty()) {
            return rejected("invalid-status-code");
        }
        String title = args.text("title").orElse("");
        String department = optional(args.text("department"));
        Long agent = optional(args.text("agent_id")) == null ? null
                : positive(args.text("agent_id").orElseThrow()).orElse(null);
        String source = optional(args.text("source"));
        return store.atomically(() -> {
            Optional<User> user = findUser(args.number("user_id"));
            if (user.isEmpty()) {
                return rejected("user-not-found");
            }
            long id = store.nextConversationId();
            store.putConversation(new Conversation(id, user.get().id(), title, status.getAsInt(), store.now(),
                    department, agent, source));
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("messages", List.of());
            response.put("details", GbTalkRows.conversationDetails(store.conversation(id).orElseThrow()));
            return ok(response);
        });
    }

    private GbTalkReply sendMessage(GbTalkArgs args) {
        String statusArgument = args.text("conversation_status_code").map(String::trim).orElse("");
        boolean skip = statusArgument.equalsIgnoreCase("skip");
        OptionalInt status = statusArgument.isEmpty() || skip ? OptionalInt.empty() : statusCode(statusArgument);
        if (!statusArgument.isEmpty() && !skip && status.isEmpty()) {
            return rejected("invalid-status-code");
        }
        String text = args.text("message").orElse("");
        String attachments = attachmentsColumn(args);
        String payload = args.json("payload").filter(JsonNode::isContainerNode).map(JsonNode::toString).orElse("");
        return store.atomically(() -> {
            Optional<User> author = findUser(args.number("user_id"));
            Optional<ConversationView> view = find(args.number("conversation_id"));
            if (author.isEmpty() || view.isEmpty()) {
                return GbTalkReply.databaseError(MISSING_ROW);
            }
            Conversation conversation = view.get().conversation();
            long id = store.nextMessageId();
            LocalDateTime now = store.now();
            store.addMessage(new Message(id, author.get().id(), conversation.id(), text, now, attachments, 0, payload));
            if (!skip) {
                boolean staff = author.get().isAgent() || "bot".equals(author.get().userType());
                int next = status.orElse(staff ? WAITING_FOR_USER : WAITING_FOR_AGENT);
                store.putConversation(conversation.withStatusCode(next));
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("status", "success");
            response.put("message-id", id);
            response.put("queue", false);
            response.put("notifications", List.of());
            return ok(response);
        });
    }

    private GbTalkReply updateConversationStatus(GbTalkArgs args) {
        OptionalInt status = statusCode(args.text("status_code").orElse("").trim());
        if (status.isEmpty()) {
            return rejected("invalid-status-code");
        }
        return store.atomically(() -> {
            find(args.number("conversation_id")).ifPresent(view -> store.putConversation(
                    view.conversation().withStatusCode(status.getAsInt())));
            return ok(true);
        });
    }

    private GbTalkReply updateConversationAgent(GbTalkArgs args) {
        String value = args.text("agent_id").orElse("").trim();
        Long agent = null;
        if (optional(Optional.of(value)) != null) {
            Optional<Long> id = positive(value);
            if (id.isEmpty()) {
                // the product puts the value into its UPDATE as it is
                return GbTalkReply.databaseError("Unknown column '" + value.replaceAll("[^\\p{Alnum}_-]", "?")
                        + "' in 'field list'");
            }
            agent = id.get();
        }
        Long assigned = agent;
        return store.atomically(() -> {
            find(args.number("conversation_id")).ifPresent(view -> store.putConversation(
                    view.conversation().withAgentId(assigned)));
            return ok(true);
        });
    }

    private GbTalkReply addNote(GbTalkArgs args) {
        String name = args.text("name").orElse("");
        String message = args.text("message").orElse("");
        return store.atomically(() -> {
            Optional<User> author = findUser(args.number("user_id"));
            Optional<ConversationView> view = find(args.number("conversation_id"));
            if (author.isEmpty() || view.isEmpty()) {
                return GbTalkReply.databaseError(MISSING_ROW);
            }
            long id = store.nextNoteId();
            store.addNote(new Note(id, view.get().conversation().id(), author.get().id(), name, message));
            return ok(id);
        });
    }

    /**
     * The attachments column for a send-message call: the {@code [["name", "link"], ...]} array as compact JSON, or
     * the empty string when there are none (or the argument is not a JSON array).
     */
    private static String attachmentsColumn(GbTalkArgs args) {
        return args.json("attachments").filter(node -> node.isArray() && !node.isEmpty()).map(JsonNode::toString)
                .orElse("");
    }

    /** A status code 0-4; empty for anything else. */
    static OptionalInt statusCode(String value) {
        OptionalLong code = GbTalkArgs.parseLong(value);
        return code.isPresent() && code.getAsLong() >= 0 && code.getAsLong() <= 4
                ? OptionalInt.of((int) code.getAsLong())
                : OptionalInt.empty();
    }

    /** An optional argument's value; null when absent, empty or one of the product's "none" values. */
    private static String optional(Optional<String> value) {
        return value.map(String::trim)
                .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("false") && !v.equals("-1") && !v.equals("0"))
                .orElse(null);
    }

    private static Optional<Long> positive(String value) {
        OptionalLong id = GbTalkArgs.parseLong(value);
        return id.isPresent() && id.getAsLong() > 0 ? Optional.of(id.getAsLong()) : Optional.empty();
    }

    private Optional<User> findUser(OptionalLong id) {
        return id.isPresent() ? store.user(id.getAsLong()) : Optional.empty();
    }

    // ------------------------------------------------------------------ reads

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
