package io.switchboard.sandbox.gbtalk;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The GB Talk sandbox's database: users (customers, agents and admins share one table, as in the product),
 * conversations, messages, notes, articles, article ratings and saved replies, held in memory.
 * <p>
 * Rows are immutable records shaped like the product's tables; a write replaces a row under the write lock, and
 * every read copies what it needs under the read lock, so a request always sees one consistent state even while
 * another request writes. The {@code put}/{@code add} methods are the write side, used by the seed and by the write
 * functions (add-user, send-message, ...); a write function that reads before it writes (a duplicate email, the next
 * id) does both inside {@link #atomically}, so that two concurrent calls cannot both take the same email or id.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class GbTalkStore {

    /** One additional user detail (the product's {@code sb_users_data} row). */
    public record UserDetail(String slug, String name, String value) {
    }

    /**
     * A row of the users table. {@code online} stands in for the product's "last activity within the last
     * seconds" test, so that the seeded presence does not depend on the wall clock.
     */
    public record User(long id, String firstName, String lastName, String email, String profileImage,
            String userType, LocalDateTime creationTime, LocalDateTime lastActivity, String department, String token,
            List<UserDetail> details, boolean online) {

        public User {
            details = List.copyOf(details);
        }

        public boolean isAgent() {
            return "agent".equals(userType) || "admin".equals(userType);
        }

        public User withLastActivity(LocalDateTime time) {
            return new User(id, firstName, lastName, email, profileImage, userType, creationTime, time, department,
                    token, details, online);
        }
    }

    /**
     * A row of the conversations table. {@code agentId} (null when unassigned) and {@code source} (null for the chat
     * widget, else a code such as {@code em} or {@code wa}) are kept for filters and later writes even though the
     * documented read shapes do not show them.
     */
    public record Conversation(long id, long userId, String title, int statusCode, LocalDateTime creationTime,
            String department, Long agentId, String source) {

        public Conversation withStatusCode(int code) {
            return new Conversation(id, userId, title, code, creationTime, department, agentId, source);
        }

        public Conversation withAgentId(Long agent) {
            return new Conversation(id, userId, title, statusCode, creationTime, department, agent, source);
        }
    }

    /**
     * A row of the messages table. {@code attachments} and {@code payload} are stored as the product stores them:
     * JSON text, or the empty string when there is none.
     */
    public record Message(long id, long userId, long conversationId, String message, LocalDateTime creationTime,
            String attachments, int statusCode, String payload) {
    }

    /** An internal note on a conversation. */
    public record Note(long id, long conversationId, long userId, String name, String message) {
    }

    public record ArticleCategory(String id, String title) {
    }

    public record Article(String id, String title, String content, String link, List<String> categories) {

        public Article {
            categories = List.copyOf(categories);
        }
    }

    public record SavedReply(String name, String text) {
    }

    /** A message joined with its author, as the product's queries join them. */
    public record Posted(Message message, User author) {
    }

    /**
     * A conversation joined with its user, its messages (oldest first, each with its author) and its notes: a
     * consistent copy taken under one read lock.
     */
    public record ConversationView(Conversation conversation, User customer, List<Posted> messages, List<Note> notes) {

        public Optional<Posted> lastMessage() {
            return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
        }
    }

    private static final Comparator<Message> CHRONOLOGICAL = Comparator.comparing(Message::creationTime)
            .thenComparingLong(Message::id);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<Long, User> users = new TreeMap<>();
    private final TreeMap<Long, Conversation> conversations = new TreeMap<>();
    private final Map<Long, List<Message>> messages = new HashMap<>();
    private final Map<Long, List<Note>> notes = new HashMap<>();
    private final Map<String, ArticleCategory> categories = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, List<Integer>> ratings = new HashMap<>();
    private final List<SavedReply> savedReplies = new ArrayList<>();

    /** The last time {@link #now} handed out; never earlier than the seed's "now". */
    private LocalDateTime lastTime = GbTalkSeed.NOW;

    @PostConstruct
    void seed() {
        reset();
    }

    /** Empties the store and loads the seed again, in one write so that no reader sees a half-loaded store. */
    public void reset() {
        write(() -> {
            users.clear();
            conversations.clear();
            messages.clear();
            notes.clear();
            categories.clear();
            articles.clear();
            ratings.clear();
            savedReplies.clear();
            lastTime = GbTalkSeed.NOW;
            // the write lock is reentrant: the seed's own puts run inside this one
            GbTalkSeed.populate(this);
            return null;
        });
    }

    // ------------------------------------------------------------------ reads

    public Optional<User> user(long id) {
        return read(() -> Optional.ofNullable(users.get(id)));
    }

    /** Every user, in id order. */
    public List<User> users() {
        return read(() -> List.copyOf(users.values()));
    }

    /** The conversation with its joins, empty when it does not exist (or its user no longer does). */
    public Optional<ConversationView> conversation(long id) {
        return read(() -> Optional.ofNullable(conversations.get(id)).map(this::view));
    }

    /** Every conversation whose user exists, with its joins, in id order. */
    public List<ConversationView> conversations() {
        return read(() -> conversations.values().stream().map(this::view).filter(Objects::nonNull).toList());
    }

    /** Every category, in the order they were saved. */
    public List<ArticleCategory> categories() {
        return read(() -> List.copyOf(categories.values()));
    }

    /** Every article, in the order they were saved. */
    public List<Article> articles() {
        return read(() -> List.copyOf(articles.values()));
    }

    public Optional<Article> article(String id) {
        return read(() -> Optional.ofNullable(articles.get(id)));
    }

    /** The ratings of an article (1 positive, -1 negative) in the order they were given; empty when none. */
    public List<Integer> ratings(String articleId) {
        return read(() -> List.copyOf(ratings.getOrDefault(articleId, List.of())));
    }

    public List<SavedReply> savedReplies() {
        return read(() -> List.copyOf(savedReplies));
    }

    // ------------------------------------------------------------------ writes

    /**
     * Runs reads and writes as one step under the write lock (it is reentrant, and its holder may also take the read
     * lock), so that no other request writes in between.
     */
    public <T> T atomically(Supplier<T> work) {
        return write(work);
    }

    /**
     * The time of a write: the wall clock in UTC to the second, but always later than the seed's "now" and than the
     * previous write, so that the newest row is the newest in every order even within one second.
     */
    public LocalDateTime now() {
        return write(() -> {
            LocalDateTime clock = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            lastTime = clock.isAfter(lastTime) ? clock : lastTime.plusSeconds(1);
            return lastTime;
        });
    }

    /** The id the next user gets, as an auto-increment column would give it. */
    public long nextUserId() {
        return read(() -> users.isEmpty() ? 1 : users.lastKey() + 1);
    }

    public long nextConversationId() {
        return read(() -> conversations.isEmpty() ? GbTalkSeed.FIRST_CONVERSATION_ID
                : conversations.lastKey() + 1);
    }

    public long nextMessageId() {
        return read(() -> messages.values().stream().flatMap(List::stream).mapToLong(Message::id).max()
                .orElse(GbTalkSeed.FIRST_MESSAGE_ID - 1) + 1);
    }

    public long nextNoteId() {
        return read(() -> notes.values().stream().flatMap(List::stream).mapToLong(Note::id).max()
                .orElse(GbTalkSeed.FIRST_NOTE_ID - 1) + 1);
    }

    /** Inserts or replaces a user. */
    public void putUser(User user) {
        write(() -> users.put(user.id(), user));
    }

    /** Inserts or replaces a conversation. */
    public void putConversation(Conversation conversation) {
        write(() -> conversations.put(conversation.id(), conversation));
    }

    /** Appends a message to its conversation, keeping the conversation's messages in chronological order. */
    public void addMessage(Message message) {
        write(() -> {
            List<Message> list = messages.computeIfAbsent(message.conversationId(), id -> new ArrayList<>());
            list.add(message);
            list.sort(CHRONOLOGICAL);
            return null;
        });
    }

    public void addNote(Note note) {
        write(() -> notes.computeIfAbsent(note.conversationId(), id -> new ArrayList<>()).add(note));
    }

    public void putCategory(ArticleCategory category) {
        write(() -> categories.put(category.id(), category));
    }

    public void putArticle(Article article) {
        write(() -> articles.put(article.id(), article));
    }

    /** Adds a rating: 1 positive, -1 negative (the product stores a negative vote as -1). */
    public void addRating(String articleId, int rating) {
        write(() -> ratings.computeIfAbsent(articleId, id -> new ArrayList<>()).add(rating));
    }

    public void addSavedReply(SavedReply reply) {
        write(() -> savedReplies.add(reply));
    }

    // ------------------------------------------------------------------ internals

    /** Joins a conversation; null when its user is gone, as the product's inner join would drop it. */
    private ConversationView view(Conversation conversation) {
        User customer = users.get(conversation.userId());
        if (customer == null) {
            return null;
        }
        List<Posted> posted = new ArrayList<>();
        for (Message message : messages.getOrDefault(conversation.id(), List.of())) {
            User author = users.get(message.userId());
            if (author != null) {
                posted.add(new Posted(message, author));
            }
        }
        return new ConversationView(conversation, customer, List.copyOf(posted),
                List.copyOf(notes.getOrDefault(conversation.id(), List.of())));
    }

    private <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> change) {
        lock.writeLock().lock();
        try {
            return change.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
