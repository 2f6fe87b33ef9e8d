package io.switchboard.sandbox.gbtalk;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.switchboard.sandbox.gbtalk.GbTalkStore.Article;
import io.switchboard.sandbox.gbtalk.GbTalkStore.ArticleCategory;
import io.switchboard.sandbox.gbtalk.GbTalkStore.ConversationView;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Note;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Posted;
import io.switchboard.sandbox.gbtalk.GbTalkStore.SavedReply;
import io.switchboard.sandbox.gbtalk.GbTalkStore.User;

/**
 * The documented JSON shapes of the rows the read functions return, built from store records. Keys come in the
 * documented order. Like the product (MySQL columns through PHP), ids and codes are strings almost everywhere;
 * the few places the docs show numbers (note ids, get-agents-in-conversation, get-agents-ids) use numbers.
 * Times are {@code yyyy-MM-dd HH:mm:ss} in UTC.
 */
final class GbTalkRows {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Without full content, articles are cut to this many characters, followed by " ...". */
    static final int ARTICLE_EXCERPT_LENGTH = 100;

    private GbTalkRows() {
    }

    static String time(LocalDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    /** The users-table row of get-users, get-online-users and search-users. */
    static Map<String, Object> user(User user) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(user.id()));
        row.put("first_name", user.firstName());
        row.put("last_name", user.lastName());
        row.put("email", user.email());
        row.put("profile_image", user.profileImage());
        row.put("user_type", user.userType());
        row.put("creation_time", time(user.creationTime()));
        row.put("last_activity", time(user.lastActivity()));
        row.put("department", user.department());
        row.put("token", user.token());
        return row;
    }

    /** get-user and get-agent: the row plus an empty password and, when asked, the details. */
    static Map<String, Object> userProfile(User user, boolean withDetails) {
        Map<String, Object> row = user(user);
        row.put("password", "");
        if (withDetails) {
            row.put("details", user.details().stream().map(d -> {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("slug", d.slug());
                detail.put("name", d.name());
                detail.put("value", d.value());
                return detail;
            }).toList());
        }
        return row;
    }

    /**
     * get-users with {@code extra}: the product adds each detail to the row as a key named by its slug
     * ({@code "phone": "+1..."}), not as a details list.
     */
    static Map<String, Object> userWithExtra(User user, Predicate<String> slugs) {
        Map<String, Object> row = user(user);
        user.details().stream().filter(d -> slugs.test(d.slug())).forEach(d -> row.putIfAbsent(d.slug(), d.value()));
        return row;
    }

    /** A message of get-conversation: the message and its author's names. */
    static Map<String, Object> message(Posted posted) {
        Map<String, Object> row = messageColumns(posted);
        row.put("first_name", posted.author().firstName());
        row.put("last_name", posted.author().lastName());
        row.put("profile_image", posted.author().profileImage());
        row.put("user_type", posted.author().userType());
        return row;
    }

    /** The {@code details} of get-conversation: the conversation and its user. */
    static Map<String, Object> conversationDetails(ConversationView view) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("user_id", String.valueOf(view.customer().id()));
        row.put("first_name", view.customer().firstName());
        row.put("last_name", view.customer().lastName());
        row.put("profile_image", view.customer().profileImage());
        row.put("user_type", view.customer().userType());
        row.put("id", String.valueOf(view.conversation().id()));
        row.put("title", view.conversation().title());
        row.put("conversation_time", time(view.conversation().creationTime()));
        row.put("conversation_status_code", String.valueOf(view.conversation().statusCode()));
        row.put("department", view.conversation().department());
        return row;
    }

    /**
     * A row of get-conversations and search-conversations: the latest message ({@code user_id} is its author,
     * {@code message_user_type} the author's type) joined with the conversation's status and the names and type
     * of the conversation's user.
     */
    static Map<String, Object> inboxRow(ConversationView view, Posted last) {
        Map<String, Object> row = messageColumns(last);
        row.put("message_user_type", last.author().userType());
        row.put("first_name", view.customer().firstName());
        row.put("last_name", view.customer().lastName());
        row.put("profile_image", view.customer().profileImage());
        row.put("conversation_status_code", String.valueOf(view.conversation().statusCode()));
        row.put("user_type", view.customer().userType());
        return row;
    }

    /**
     * A row of get-user-conversations: the latest message with its author's names and type, and the
     * conversation's status.
     */
    static Map<String, Object> userConversationRow(ConversationView view, Posted last) {
        Map<String, Object> row = message(last);
        row.put("conversation_status_code", String.valueOf(view.conversation().statusCode()));
        return row;
    }

    static Map<String, Object> note(Note note) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", note.id());
        row.put("user_id", String.valueOf(note.userId()));
        row.put("name", note.name());
        row.put("message", note.message());
        return row;
    }

    static Map<String, Object> agentInConversation(User agent, long conversationId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", agent.id());
        row.put("first_name", agent.firstName());
        row.put("last_name", agent.lastName());
        row.put("profile_image", agent.profileImage());
        row.put("conversation_id", conversationId);
        return row;
    }

    /** An article; without {@code full} the content is cut to an excerpt, as the product's lists do. */
    static Map<String, Object> article(Article article, boolean full) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", article.id());
        row.put("title", article.title());
        row.put("content", full ? article.content() : excerpt(article.content()));
        row.put("link", article.link());
        row.put("categories", List.copyOf(article.categories()));
        return row;
    }

    static Map<String, Object> category(ArticleCategory category) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", category.id());
        row.put("title", category.title());
        return row;
    }

    static Map<String, Object> savedReply(SavedReply reply) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reply-name", reply.name());
        row.put("reply-text", reply.text());
        return row;
    }

    static String excerpt(String content) {
        if (content == null || content.length() <= ARTICLE_EXCERPT_LENGTH) {
            return content;
        }
        return content.substring(0, ARTICLE_EXCERPT_LENGTH).stripTrailing() + " ...";
    }

    /** The messages-table columns every message row starts with. */
    private static Map<String, Object> messageColumns(Posted posted) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(posted.message().id()));
        row.put("user_id", String.valueOf(posted.message().userId()));
        row.put("message", posted.message().message());
        row.put("creation_time", time(posted.message().creationTime()));
        row.put("attachments", posted.message().attachments());
        row.put("status_code", String.valueOf(posted.message().statusCode()));
        row.put("payload", posted.message().payload());
        row.put("conversation_id", String.valueOf(posted.message().conversationId()));
        return row;
    }
}
