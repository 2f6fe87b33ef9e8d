package io.switchboard.vendor.gbtalk;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Article;
import io.switchboard.domain.ArticleCategory;
import io.switchboard.domain.ArticleRating;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.Attribute;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Vendor;

/**
 * Turns GB Talk DTOs into the unified model. Plain functions, lenient about what a PHP application sends: unknown
 * codes map to a documented default, times that do not parse become null, nothing here throws on vendor data.
 */
final class GbTalkMapper {

    private static final Vendor VENDOR = Vendor.GBTALK;

    /** {@code yyyy-MM-dd HH:mm:ss} in UTC; the separator may be missing (as in some doc samples) or a {@code T}. */
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]?(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?");

    /** Row fields that are not user details, left out when details come flattened onto the row. */
    private static final Set<String> NOT_DETAILS = Set.of("department", "conversation_id", "message_user_type");

    /** Only parses attachment strings: a plain mapper is enough and keeps these functions static. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private GbTalkMapper() {
    }

    // ------------------------------------------------------------------ users

    static boolean isAgent(GbTalkUser user) {
        String type = lower(user.userType());
        return "agent".equals(type) || "admin".equals(type);
    }

    static Optional<CustomerType> customerType(String userType) {
        return Optional.ofNullable(switch (lower(userType)) {
            case "visitor" -> CustomerType.VISITOR;
            case "lead" -> CustomerType.LEAD;
            case "user" -> CustomerType.USER;
            default -> null;
        });
    }

    static Agent agent(GbTalkUser user, boolean online) {
        String email = blankToNull(user.email());
        return new Agent(VENDOR, user.id(), name(user.firstName(), user.lastName()), email, email,
                blankToNull(user.profileImage()), online ? AgentStatus.ONLINE : AgentStatus.OFFLINE, null,
                time(user.creationTime()), null);
    }

    /** A visitor, lead or user; empty for any other user type. */
    static Optional<Customer> customer(GbTalkUser user) {
        return customerType(user.userType()).map(type -> {
            List<Attribute> attributes = attributes(user);
            String email = blankToNull(user.email());
            List<String> phones = attributes.stream()
                    .filter(a -> "phone".equals(a.key()) && a.value() != null && !a.value().isBlank())
                    .map(a -> a.value().trim())
                    .toList();
            return new Customer(VENDOR, user.id(), name(user.firstName(), user.lastName()),
                    blankToNull(user.firstName()), blankToNull(user.lastName()),
                    email == null ? List.of() : List.of(email), phones, blankToNull(user.profileImage()), type,
                    time(user.creationTime()), time(user.lastActivity()), attributes);
        });
    }

    /** The user's details as attributes: from {@code details}, else from extra fields flattened onto the row. */
    static List<Attribute> attributes(GbTalkUser user) {
        List<Attribute> attributes = new ArrayList<>();
        if (user.details() != null) {
            for (GbTalkUserDetail detail : user.details()) {
                if (detail != null && detail.slug() != null && !detail.slug().isBlank()) {
                    attributes.add(new Attribute(detail.slug(), blankToNull(detail.name()), detail.value()));
                }
            }
        } else if (user.others() != null) {
            user.others().forEach((slug, value) -> {
                if (!NOT_DETAILS.contains(slug) && value != null && value.isValueNode() && !value.isNull()) {
                    attributes.add(new Attribute(slug, null, value.asText()));
                }
            });
        }
        return attributes;
    }

    // ------------------------------------------------------------------ conversations and messages

    /** GB Talk status codes 0..4; anything else (e.g. the {@code -1} some webhooks carry) is taken as OPEN. */
    static ConversationStatus status(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "1" -> ConversationStatus.WAITING_ON_CUSTOMER;
            case "2" -> ConversationStatus.WAITING_ON_AGENT;
            case "3" -> ConversationStatus.CLOSED;
            case "4" -> ConversationStatus.TRASHED;
            default -> ConversationStatus.OPEN;
        };
    }

    static String statusCode(ConversationStatus status) {
        return switch (status) {
            case OPEN -> "0";
            case WAITING_ON_CUSTOMER -> "1";
            case WAITING_ON_AGENT -> "2";
            case CLOSED -> "3";
            case TRASHED -> "4";
        };
    }

    /** A conversation's {@code source}: none means the chat widget. */
    static Channel channel(String source) {
        return switch (lower(source)) {
            case "" -> Channel.CHAT;
            case "em" -> Channel.EMAIL;
            case "tk" -> Channel.TICKET;
            case "wa" -> Channel.WHATSAPP;
            case "fb" -> Channel.FACEBOOK;
            case "ig" -> Channel.INSTAGRAM;
            case "tw" -> Channel.TWITTER;
            case "wc" -> Channel.WECHAT;
            case "tx" -> Channel.SMS;
            case "tg" -> Channel.TELEGRAM;
            case "vb" -> Channel.VIBER;
            case "ln" -> Channel.LINE;
            default -> Channel.OTHER;
        };
    }

    static AuthorRole role(String userType) {
        return switch (lower(userType)) {
            case "agent", "admin" -> AuthorRole.AGENT;
            case "bot" -> AuthorRole.BOT;
            case "visitor", "lead", "user" -> AuthorRole.CUSTOMER;
            default -> AuthorRole.SYSTEM;
        };
    }

    static Message message(GbTalkMessage row, String conversationId, Channel channel) {
        // list rows name the author's type in message_user_type (user_type is the conversation's user there)
        String authorType = row.messageUserType() != null ? row.messageUserType() : row.userType();
        return new Message(VENDOR, row.id(), conversationId, row.message(), channel, time(row.creationTime()),
                role(authorType), blankToNull(row.userId()), attachments(row.attachments()));
    }

    /**
     * A conversation from a list row (its latest message joined with conversation fields).
     *
     * @param knownCustomerId the conversation's user when the caller knows it (it asked for that user's
     *        conversations), else null
     */
    static Conversation conversation(GbTalkMessage row, String knownCustomerId) {
        Channel channel = channel(row.source());
        Message last = message(row, row.conversationId(), channel);
        String customer = blankToNull(row.conversationUserId());
        if (customer == null) {
            customer = knownCustomerId;
        }
        if (customer == null && last.authorRole() == AuthorRole.CUSTOMER) {
            // a customer only writes in their own conversation; otherwise the row cannot tell, get-conversation can
            customer = last.authorRemoteId();
        }
        return new Conversation(VENDOR, row.conversationId(), blankToNull(row.title()),
                status(row.conversationStatusCode()), channel, null, customer, null, List.of(), last);
    }

    /** A conversation from {@code get-conversation}; the messages are oldest first. */
    static Conversation conversation(String conversationId, GbTalkConversationDetails details,
            List<Message> messages) {
        Message last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        return new Conversation(VENDOR, conversationId, blankToNull(details.title()),
                status(details.conversationStatusCode()), channel(details.source()), time(details.conversationTime()),
                blankToNull(details.userId()), null, List.of(), last);
    }

    /**
     * Attachments as GB Talk stores them: a JSON string of {@code [["name","link"], ...]} or of links alone,
     * {@code ""} for none. Anything that does not parse is no attachments.
     */
    static List<Attachment> attachments(JsonNode value) {
        JsonNode array = value;
        if (value != null && value.isTextual()) {
            String text = value.asText().trim();
            if (text.isEmpty()) {
                return List.of();
            }
            try {
                array = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return List.of();
            }
        }
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isArray() && item.size() >= 2) {
                attachments.add(new Attachment(blankToNull(item.get(0).asText()), blankToNull(item.get(1).asText())));
            } else if ((item.isArray() && item.size() == 1) || item.isTextual()) {
                String link = item.isArray() ? item.get(0).asText() : item.asText();
                attachments.add(new Attachment(fileName(link), blankToNull(link)));
            }
        }
        return attachments;
    }

    /** The assignee per conversation: the last agent {@code get-agents-in-conversation} lists for it. */
    static Map<String, String> lastAgents(Map<String, List<GbTalkAgentInConversation>> agentsByConversation) {
        Map<String, String> assignees = new LinkedHashMap<>();
        agentsByConversation.forEach((conversationId, agents) -> {
            for (GbTalkAgentInConversation agent : agents) {
                if (agent != null && agent.id() != null && !agent.id().isBlank()) {
                    assignees.put(conversationId, agent.id());
                }
            }
        });
        return assignees;
    }

    static Note note(GbTalkNote note, String conversationId) {
        return new Note(VENDOR, note.id(), conversationId, note.message(), blankToNull(note.userId()),
                time(note.creationTime()));
    }

    // ------------------------------------------------------------------ answers and articles

    static Answer answer(GbTalkSavedReply reply) {
        return new Answer(VENDOR, reply.name(), reply.name(), reply.text(), plainText(reply.text()), null);
    }

    static ArticleCategory category(GbTalkArticleCategory category) {
        return new ArticleCategory(VENDOR, category.id(), category.title() == null ? category.id() : category.title());
    }

    /** An article with its category ids resolved; ids no category has are left out. */
    static Article article(GbTalkArticle article, Map<String, ArticleCategory> categories, ArticleRating rating) {
        List<ArticleCategory> resolved = article.categories() == null ? List.of()
                : article.categories().stream().filter(categories::containsKey).map(categories::get).toList();
        return new Article(VENDOR, article.id(), article.title() == null ? "" : article.title(), article.content(),
                blankToNull(article.link()), blankToNull(article.language()), resolved, rating);
    }

    /** {@code article-ratings} values: 1 is helpful, -1 (or the 0 it is written with) is not. */
    static ArticleRating rating(JsonNode ratings) {
        int positive = 0;
        int negative = 0;
        for (JsonNode value : ratings) {
            if (!value.isNumber() && !value.isTextual()) {
                continue;
            }
            double rating = value.isNumber() ? value.asDouble() : parseOr(value.asText(), Double.NaN);
            if (rating > 0) {
                positive++;
            } else if (rating <= 0) {
                negative++;
            }
        }
        return new ArticleRating(positive, negative);
    }

    // ------------------------------------------------------------------ values

    /** A GB Talk time, UTC; null when absent or unreadable (including MySQL's zero date). */
    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        Matcher m = TIME.matcher(text);
        try {
            if (m.matches()) {
                return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6))).toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** HTML reduced to text: line breaks kept, tags dropped, the common entities decoded. */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|li|h[1-6])>", "\n")
                .replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n")
                .trim();
    }

    static String name(String first, String last) {
        String name = ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
        return name.isEmpty() ? null : name;
    }

    private static String fileName(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String path = link.replaceAll("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? link : name;
    }

    private static double parseOr(String text, double fallback) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
