package io.switchboard.sandbox.gladly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import io.quarkus.arc.profile.IfBuildProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Agent;
import io.switchboard.sandbox.gladly.GladlyJson.Answer;
import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.sandbox.gladly.GladlyJson.CustomerProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Item;
import io.switchboard.sandbox.gladly.GladlyJson.Topic;

/**
 * The Gladly sandbox's organization, held in memory: agents, customer profiles, conversations with their items,
 * topics and public answers, seeded by {@link GladlySeed} when the bean is created.
 * <p>
 * The caps and orderings Gladly documents for each list (50 profiles per search, 100 conversations per customer,
 * 1000 items per conversation, 1000 answers) are applied here, so that the resources only translate a
 * {@link Limited#truncated()} list into the {@code Gladly-Limited-Data} header.
 * <p>
 * Thread safety: every collection is concurrent and every stored value an immutable record, so reads never see
 * half an update. A write replaces a record as a whole ({@code put*}); writes that must check and change several
 * things at once (uniqueness of a new profile's mobile phone, say) synchronise on this store
 * ({@link GladlySandboxWrites} does).
 * <p>
 * A {@code @Singleton} rather than {@code @ApplicationScoped}: a client proxy would run the seeding constructor a
 * second time.
 */
@Singleton
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlySandboxStore {

    /** The most profiles one search returns. */
    static final int MAX_SEARCH_RESULTS = 50;
    /** The most conversations one customer's list returns. */
    static final int MAX_CONVERSATIONS = 100;
    /** The most items one conversation's list returns. */
    static final int MAX_ITEMS = 1000;
    /** The most public answers one list returns. */
    static final int MAX_ANSWERS = 1000;

    public static final String DEFAULT_LANGUAGE = "en-us";

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    private static final Comparator<CustomerProfile> NEWEST_UPDATE_FIRST = Comparator
            .comparing(CustomerProfile::updated).reversed();

    private final Map<String, Agent> agents = new ConcurrentHashMap<>();
    private final Map<String, CustomerProfile> customers = new ConcurrentHashMap<>();
    /** Merged-away profile id -> the id of the profile it was merged into. */
    private final Map<String, String> merged = new ConcurrentHashMap<>();
    private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
    private final Map<String, List<Item>> items = new ConcurrentHashMap<>();
    /** Items that belong to no conversation (an SMS sent through the communications API), by id. */
    private final Map<String, Item> apiItems = new ConcurrentHashMap<>();
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    /** Language (lower case) -> answer id -> the answer in that language. */
    private final Map<String, Map<String, Answer>> answers = new ConcurrentHashMap<>();

    public GladlySandboxStore() {
        GladlySeed.plant(this);
    }

    /** Forgets every write and plants the seed again: the same ids and texts as at start (for tests). */
    synchronized void reset() {
        agents.clear();
        customers.clear();
        merged.clear();
        conversations.clear();
        items.clear();
        apiItems.clear();
        topics.clear();
        answers.clear();
        GladlySeed.plant(this);
    }

    /** A list as Gladly returns it: capped, and whether the cap cut anything off. */
    public record Limited<T>(List<T> items, boolean truncated) {

        static <T> Limited<T> of(List<T> all, int max) {
            return all.size() > max
                    ? new Limited<>(List.copyOf(all.subList(0, max)), true)
                    : new Limited<>(List.copyOf(all), false);
        }
    }

    // ---------------------------------------------------------------- agents

    public List<Agent> agents() {
        return agents.values().stream().sorted(Comparator.comparing(Agent::name)).toList();
    }

    public Optional<Agent> agent(String id) {
        return Optional.ofNullable(agents.get(id));
    }

    /** The agent who logs in with this email address (ignoring case), as the API user does. */
    public Optional<Agent> agentByEmail(String email) {
        return agents.values().stream().filter(a -> a.emailAddress().equalsIgnoreCase(email)).findFirst();
    }

    public void putAgent(Agent agent) {
        agents.put(agent.id(), agent);
    }

    // ---------------------------------------------------------------- customers

    /** Every profile, by id: the sandbox's own view (Gladly has no such list). */
    public List<CustomerProfile> customers() {
        return customers.values().stream().sorted(Comparator.comparing(CustomerProfile::id)).toList();
    }

    public Optional<CustomerProfile> customer(String id) {
        return Optional.ofNullable(customers.get(id));
    }

    /** The id a merged-away profile now lives under, if {@code id} names one. */
    public Optional<String> mergedInto(String id) {
        return Optional.ofNullable(merged.get(id));
    }

    public Limited<CustomerProfile> customersByEmail(String email) {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        return searchCustomers(c -> c.emails() != null
                && c.emails().stream().anyMatch(e -> wanted.equals(e.normalized())));
    }

    /** Matches the E.164 form exactly, as Gladly does: the caller has to send {@code +} as {@code %2B}. */
    public Limited<CustomerProfile> customersByPhone(String phoneNumber) {
        return searchCustomers(c -> c.phones() != null
                && c.phones().stream().anyMatch(p -> phoneNumber.equals(p.normalized())));
    }

    /** Only the legacy single {@code externalCustomerId} is searchable, as in Gladly. */
    public Limited<CustomerProfile> customersByExternalId(String externalCustomerId) {
        return searchCustomers(c -> externalCustomerId.equals(c.externalCustomerId()));
    }

    private Limited<CustomerProfile> searchCustomers(Predicate<CustomerProfile> matches) {
        List<CustomerProfile> found = customers.values().stream()
                .filter(matches)
                .sorted(NEWEST_UPDATE_FIRST)
                .toList();
        return Limited.of(found, MAX_SEARCH_RESULTS);
    }

    public void putCustomer(CustomerProfile customer) {
        customers.put(customer.id(), customer);
    }

    /** Records that {@code oldId} was merged into {@code newId}; the old profile is gone. */
    public void markMerged(String oldId, String newId) {
        customers.remove(oldId);
        merged.put(oldId, newId);
    }

    // ---------------------------------------------------------------- conversations

    /** Every conversation, oldest first: the sandbox's own view (Gladly lists them only per customer). */
    public List<Conversation> conversations() {
        return conversations.values().stream()
                .sorted(Comparator.comparing(Conversation::created).thenComparing(Conversation::id))
                .toList();
    }

    public Optional<Conversation> conversation(String id) {
        return Optional.ofNullable(conversations.get(id));
    }

    /** Oldest first, at most {@value #MAX_CONVERSATIONS}. */
    public Limited<Conversation> conversationsOf(String customerId) {
        List<Conversation> found = conversations.values().stream()
                .filter(c -> c.customerId().equals(customerId))
                .sorted(Comparator.comparing(Conversation::created).thenComparing(Conversation::id))
                .toList();
        return Limited.of(found, MAX_CONVERSATIONS);
    }

    /** The inboxes conversations are routed to: the sandbox knows its inboxes only from its conversations. */
    public Set<String> inboxIds() {
        return conversations.values().stream().map(Conversation::inboxId).collect(Collectors.toUnmodifiableSet());
    }

    public void putConversation(Conversation conversation) {
        conversations.put(conversation.id(), conversation);
    }

    // ---------------------------------------------------------------- conversation items

    /**
     * The conversation's items in ascending {@code timestamp} order, at most {@value #MAX_ITEMS}; with a session id,
     * only that chat session's. Items are stored in arrival order, which is not always timestamp order.
     */
    public Limited<Item> items(String conversationId, String sessionId) {
        List<Item> found = new ArrayList<>(items.getOrDefault(conversationId, List.of()));
        if (sessionId != null) {
            found.removeIf(item -> !sessionId.equals(item.sessionId()));
        }
        found.sort(Comparator.comparing(Item::time));
        return Limited.of(found, MAX_ITEMS);
    }

    /** A note of the conversation; other item types under the same id do not count. */
    public Optional<Item> note(String conversationId, String noteId) {
        return items.getOrDefault(conversationId, List.of()).stream()
                .filter(item -> item.id().equals(noteId))
                .filter(item -> "CONVERSATION_NOTE".equals(item.content().type()))
                .findFirst();
    }

    /** Every item of the conversation, oldest first, uncapped: the sandbox's own view. */
    public List<Item> timeline(String conversationId) {
        List<Item> found = new ArrayList<>(items.getOrDefault(conversationId, List.of()));
        found.sort(Comparator.comparing(Item::time));
        return found;
    }

    /** Any item by id, in a conversation or not ({@code GET /conversation-items/{id}}). */
    public Optional<Item> item(String id) {
        Item outside = apiItems.get(id);
        if (outside != null) {
            return Optional.of(outside);
        }
        return items.values().stream().flatMap(List::stream).filter(item -> item.id().equals(id)).findFirst();
    }

    /** Adds an item to its conversation's timeline, or, without a conversation, to the items outside any. */
    public void addItem(Item item) {
        if (item.conversationId() == null) {
            apiItems.put(item.id(), item);
            return;
        }
        items.computeIfAbsent(item.conversationId(), id -> new CopyOnWriteArrayList<>()).add(item);
    }

    // ---------------------------------------------------------------- topics

    public List<Topic> topics() {
        return topics.values().stream().sorted(Comparator.comparing(Topic::name)).toList();
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public void putTopic(Topic topic) {
        topics.put(topic.id(), topic);
    }

    // ---------------------------------------------------------------- public answers

    /** The answers written in {@code language}, sorted by name, at most {@value #MAX_ANSWERS}. */
    public Limited<Answer> answers(String language) {
        List<Answer> found = answers.getOrDefault(language(language), Map.of()).values().stream()
                .sorted(Comparator.comparing(Answer::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return Limited.of(found, MAX_ANSWERS);
    }

    /**
     * The answers in {@code language} whose name or text contain every word of {@code query} (ignoring case): those
     * that match by name alone first, then the rest, each group sorted by name.
     */
    public List<Answer> searchAnswers(String query, String language) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Comparator<Answer> byName = Comparator.comparing(Answer::name, String.CASE_INSENSITIVE_ORDER);
        return answers.getOrDefault(language(language), Map.of()).values().stream()
                .filter(a -> containsAll(a.name() + " " + HTML_TAG.matcher(a.bodyHtml()).replaceAll(" "), words))
                .sorted(Comparator.comparing((Answer a) -> !containsAll(a.name(), words)).thenComparing(byName))
                .toList();
    }

    public Optional<Answer> answer(String language, String id) {
        return Optional.ofNullable(answers.getOrDefault(language(language), Map.of()).get(id));
    }

    public void putAnswer(Answer answer) {
        answers.computeIfAbsent(language(answer.language()), l -> new ConcurrentHashMap<>())
                .put(answer.id(), answer);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static boolean containsAll(String text, List<String> words) {
        String haystack = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
    }
}
