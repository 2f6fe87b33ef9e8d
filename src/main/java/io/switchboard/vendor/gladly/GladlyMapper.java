package io.switchboard.vendor.gladly;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.logging.Log;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Answer;
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
import io.switchboard.vendor.gladly.GladlyConversationItem.Communicator;
import io.switchboard.vendor.gladly.GladlyConversationItem.Content;

/**
 * Gladly DTOs to the unified model. Plain functions: lenient about what Gladly leaves out or adds (unknown enum
 * values map to a documented default, never to an exception).
 */
final class GladlyMapper {

    /** The name given to a call or voicemail recording, which Gladly serves as MP3. */
    static final String RECORDING_NAME = "recording.mp3";

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\b[^>]*>");
    private static final Pattern PARAGRAPH_END = Pattern.compile(
            "(?i)</(p|h[1-6]|ul|ol|table|blockquote|pre)\\s*>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|table"
            + "|blockquote|pre|section|article|header|footer|hr)\\b[^>]*>");
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    /** A run of breaks and the spaces around them, between two pieces of text. */
    private static final Pattern BREAKS = Pattern.compile("[ \\u00A0]*[\\n\\u0001\\u0002][ \\u00A0\\n\\u0001\\u0002]*");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0]+");
    private static final char SOFT_BREAK = '\u0001';
    private static final char PARAGRAPH_BREAK = '\u0002';
    private static final Pattern ENTITY = Pattern.compile(
            "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"),
            Map.entry("euro", "\u20AC"), Map.entry("bull", "\u2022"));

    private GladlyMapper() {
    }

    static Agent toAgent(GladlyAgent agent) {
        // Gladly tells nothing about availability, login names or avatars
        return new Agent(Vendor.GLADLY, agent.id(), agent.name(), agent.emailAddress(), null, null,
                AgentStatus.UNKNOWN, null, null, null);
    }

    /**
     * A profile becomes a USER customer. Gladly keeps one {@code name}; first and last name are split at its first
     * space (a one-word name is all first name). Emails are taken as entered ({@code original}: Gladly keeps only
     * the address part, and the store normalises for look-ups), phones as Gladly normalised them (E.164) where it
     * did. {@code updatedAt} is the profile's last activity, the nearest Gladly offers.
     */
    static Customer toCustomer(GladlyCustomerProfile profile) {
        String[] names = splitName(profile.name());
        List<String> emails = new ArrayList<>();
        if (profile.emails() != null) {
            for (GladlyCustomerProfile.Email email : profile.emails()) {
                if (email != null) {
                    addIfPresent(emails, firstPresent(email.original(), email.normalized()));
                }
            }
        }
        List<String> phones = new ArrayList<>();
        if (profile.phones() != null) {
            for (GladlyCustomerProfile.Phone phone : profile.phones()) {
                if (phone != null) {
                    addIfPresent(phones, firstPresent(phone.normalized(), phone.original()));
                }
            }
        }
        List<Attribute> attributes = new ArrayList<>();
        if (profile.customAttributes() != null) {
            profile.customAttributes().forEach((name, value) -> attributes.add(new Attribute(name, name, text(value))));
        }
        return new Customer(Vendor.GLADLY, profile.id(), profile.name(), names[0], names[1], emails, phones,
                profile.image(), CustomerType.USER, parseTime(profile.createdAt()), parseTime(profile.updatedAt()),
                attributes);
    }

    /** {@code [first, last]}: split at the first space; either may be null. */
    static String[] splitName(String name) {
        if (name == null || name.isBlank()) {
            return new String[] { null, null };
        }
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new String[] { trimmed, null };
        }
        return new String[] { trimmed.substring(0, space), trimmed.substring(space + 1).trim() };
    }

    /**
     * Gladly conversations carry no title and no channel (a conversation may span several); the last message is
     * looked up from the items when asked for.
     */
    static Conversation toConversation(GladlyConversation conversation) {
        return new Conversation(Vendor.GLADLY, conversation.id(), null, status(conversation.status()), null,
                parseTime(conversation.createdAt()), conversation.customerId(), conversation.agentId(),
                conversation.topicIds(), null);
    }

    /**
     * OPEN, WAITING and CLOSED map to OPEN, WAITING_ON_CUSTOMER and CLOSED. A status Gladly may add later (or none)
     * maps to OPEN, so that such a conversation still shows where open work is looked for.
     */
    static ConversationStatus status(String status) {
        if (status == null) {
            return ConversationStatus.OPEN;
        }
        return switch (status.trim().toUpperCase(Locale.ROOT)) {
            case "WAITING" -> ConversationStatus.WAITING_ON_CUSTOMER;
            case "CLOSED" -> ConversationStatus.CLOSED;
            default -> ConversationStatus.OPEN;
        };
    }

    /**
     * The channel of a message item type, or null when the type is not a message. Messages are what travelled
     * between the organization and the customer: chat, email, SMS, social and messaging apps, phone calls,
     * voicemails and voice-AI utterances. Notes, status and topic changes, customer activities and tasks are not.
     */
    static Channel channel(String contentType) {
        if (contentType == null) {
            return null;
        }
        return switch (contentType) {
            case "CHAT_MESSAGE" -> Channel.CHAT;
            case "EMAIL" -> Channel.EMAIL;
            case "SMS" -> Channel.SMS;
            case "FACEBOOK_MESSAGE" -> Channel.FACEBOOK;
            case "INSTAGRAM_DIRECT" -> Channel.INSTAGRAM;
            case "WHATSAPP" -> Channel.WHATSAPP;
            case "TWITTER" -> Channel.TWITTER;
            case "PHONE_CALL", "VOICEMAIL", "VOICE_AI_MESSAGE" -> Channel.PHONE;
            default -> null;
        };
    }

    /** CUSTOMER, AGENT; AUTOMATION and API are bots; SYSTEM (Gladly AI too) and anything else is SYSTEM. */
    static AuthorRole authorRole(Communicator initiator) {
        if (initiator == null || initiator.type() == null) {
            return AuthorRole.SYSTEM;
        }
        return switch (initiator.type().toUpperCase(Locale.ROOT)) {
            case "CUSTOMER" -> AuthorRole.CUSTOMER;
            case "AGENT" -> AuthorRole.AGENT;
            case "AUTOMATION", "API" -> AuthorRole.BOT;
            default -> AuthorRole.SYSTEM;
        };
    }

    /**
     * The message an item holds, or null when it is no message (see {@link #channel(String)}). The text is
     * {@code content.content} in written messages and {@code content.body} in voice-AI items; calls and voicemails
     * have no text but their recording summary, when Gladly wrote one, and their recording as an attachment.
     * Attachment URLs are Gladly's attachment path made absolute against {@code baseUrl}; they need Gladly
     * credentials, like every Gladly URL.
     *
     * @param baseUrl {@code switchboard.gladly.url}, including {@code /api/v1}
     */
    static Message toMessage(GladlyConversationItem item, String conversationRemoteId, String baseUrl) {
        Content content = item.content();
        Channel channel = content == null ? null : channel(content.type());
        if (channel == null) {
            return null;
        }
        String body = switch (content.type()) {
            case "VOICE_AI_MESSAGE" -> content.body();
            case "PHONE_CALL", "VOICEMAIL" -> content.recordingSummary() == null ? null
                    : content.recordingSummary().summary();
            default -> content.content();
        };
        List<Attachment> attachments = new ArrayList<>();
        if (content.attachments() != null) {
            for (GladlyConversationItem.ItemAttachment attachment : content.attachments()) {
                if (attachment != null && attachment.id() != null) {
                    attachments.add(new Attachment(attachment.filename(),
                            attachmentUrl(baseUrl, item.id(), attachment.id())));
                }
            }
        }
        if (content.recordingUrl() != null && !content.recordingUrl().isBlank()) {
            attachments.add(new Attachment(RECORDING_NAME, resolve(baseUrl, content.recordingUrl())));
        }
        AuthorRole role = authorRole(item.initiator());
        String authorId = role == AuthorRole.AGENT || role == AuthorRole.CUSTOMER ? item.initiator().id() : null;
        return new Message(Vendor.GLADLY, item.id(), conversationRemoteId, body, channel, parseTime(item.timestamp()),
                role, authorId, attachments);
    }

    /** The note an item holds ({@code CONVERSATION_NOTE}), or null. Only an agent author is named. */
    static Note toNote(GladlyConversationItem item, String conversationRemoteId) {
        if (item.content() == null || !"CONVERSATION_NOTE".equals(item.content().type())) {
            return null;
        }
        String authorId = authorRole(item.initiator()) == AuthorRole.AGENT ? item.initiator().id() : null;
        return new Note(Vendor.GLADLY, item.id(), conversationRemoteId, item.content().body(), authorId,
                parseTime(item.timestamp()));
    }

    /** A public answer; a search hit has no body yet. A missing name falls back to the id: a title is required. */
    static Answer toAnswer(GladlyAnswer answer) {
        String title = answer.name() != null ? answer.name() : answer.id();
        return new Answer(Vendor.GLADLY, answer.id(), title, answer.bodyHtml(), htmlToText(answer.bodyHtml()),
                answer.language());
    }

    /**
     * Plain text from an answer's HTML, as a browser would lay it out in lines: scripts, styles and comments
     * dropped; source line breaks are only spaces; {@code <br>} breaks a line, block elements (div, li, ...) start
     * a new line and paragraph-like ones (p, headings, lists, tables) are followed by a blank line; other tags are
     * removed and entities decoded once (so {@code &amp;lt;} stays {@code &lt;}); spaces are collapsed.
     */
    static String htmlToText(String html) {
        if (html == null) {
            return null;
        }
        String text = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
        text = COMMENT.matcher(text).replaceAll("");
        text = HTML_WHITESPACE.matcher(text).replaceAll(" ");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = PARAGRAPH_END.matcher(text).replaceAll(String.valueOf(PARAGRAPH_BREAK));
        text = BLOCK_TAG.matcher(text).replaceAll(String.valueOf(SOFT_BREAK));
        text = ANY_TAG.matcher(text).replaceAll("");
        text = decodeEntities(text).trim();
        Matcher breaks = BREAKS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (breaks.find()) {
            String run = breaks.group();
            boolean paragraph = run.indexOf(PARAGRAPH_BREAK) >= 0 || run.indexOf('\n') != run.lastIndexOf('\n');
            breaks.appendReplacement(out, paragraph ? "\n\n" : "\n");
        }
        breaks.appendTail(out);
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decodeEntity(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decodeEntity(String entity, String original) {
        if (entity.charAt(0) != '#') {
            return NAMED_ENTITIES.getOrDefault(entity.toLowerCase(Locale.ROOT), original);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (!Character.isValidCodePoint(codePoint)) {
            return original;
        }
        if (Character.isWhitespace(codePoint)) {
            return " ";
        }
        // other control characters stay encoded: they mean nothing in text and would pass for the layout marks
        return Character.isISOControl(codePoint) ? original : Character.toString(codePoint);
    }

    /**
     * An RFC 3339 timestamp of any precision (Gladly sends 0 to 9 fraction digits, {@code Z} or an offset);
     * null when absent or unreadable, which is logged rather than failing the whole object.
     */
    static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normal = value.trim().toUpperCase(Locale.ROOT);
        if (normal.length() > 10 && normal.charAt(10) == ' ') {
            // RFC 3339 allows a space for the T
            normal = normal.substring(0, 10) + 'T' + normal.substring(11);
        }
        try {
            return OffsetDateTime.parse(normal).toInstant();
        } catch (DateTimeParseException e) {
            Log.debugf("Unreadable Gladly timestamp '%s'", value);
            return null;
        }
    }

    /** {@code <baseUrl>/conversation-items/{itemId}/attachments/{attachmentId}}. */
    static String attachmentUrl(String baseUrl, String itemId, String attachmentId) {
        return trimSlash(baseUrl) + "/conversation-items/" + segment(itemId) + "/attachments/" + segment(attachmentId);
    }

    /** Gladly's root-relative URLs (they include {@code /api/v1}) made absolute against the configured base. */
    static String resolve(String baseUrl, String rootRelative) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return rootRelative;
        }
        try {
            return URI.create(baseUrl).resolve(rootRelative).toString();
        } catch (IllegalArgumentException e) {
            return rootRelative;
        }
    }

    private static String trimSlash(String baseUrl) {
        if (baseUrl == null) {
            return "";
        }
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }

    private static void addIfPresent(List<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value.trim());
        }
    }
}
