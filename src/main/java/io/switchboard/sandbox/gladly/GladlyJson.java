package io.switchboard.sandbox.gladly;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON documents the Gladly sandbox serves, shaped exactly like Gladly's REST API v1 (see
 * shared/vendor-docs/gladly-api-supplement.md). Absent optional fields are left out rather than sent as null,
 * as Gladly does. Timestamps are kept as the RFC 3339 strings Gladly sends (UTC, milliseconds), so that what the
 * store holds is byte for byte what goes over the wire.
 */
public final class GladlyJson {

    private static final DateTimeFormatter RFC_3339_MILLIS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private GladlyJson() {
    }

    /** Formats an instant the way Gladly writes its own timestamps: {@code 2024-03-12T08:20:11.000Z}. */
    public static String timestamp(Instant instant) {
        return RFC_3339_MILLIS.format(instant);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Agent(String id, String name, String emailAddress) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Email(String original, String normalized, Boolean primary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Phone(String original, String normalized, String extension, String regionCode, Boolean primary,
            String smsPreference, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustomerProfile(
            String id,
            String name,
            String image,
            String address,
            List<Email> emails,
            List<Phone> phones,
            String externalCustomerId,
            Map<String, String> externalCustomerIds,
            Map<String, String> customAttributes,
            String createdAt,
            String updatedAt) {

        public Instant updated() {
            return Instant.parse(updatedAt);
        }
    }

    /** A conversation's freeform attribute; unlike a customer's, these are a list and an id may repeat. */
    public record CustomAttribute(String id, String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Conversation(
            String id,
            String customerId,
            String agentId,
            String inboxId,
            String status,
            List<String> topicIds,
            List<CustomAttribute> customAttributes,
            String createdAt,
            String closedAt) {

        public Instant created() {
            return Instant.parse(createdAt);
        }
    }

    /** Who started or answered an item: {@code {"id":"…","type":"CUSTOMER"}}. */
    public record Communicator(String id, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String id,
            String customerId,
            String conversationId,
            String sessionId,
            String timestamp,
            Communicator initiator,
            Communicator responder,
            Content content) {

        public Instant time() {
            return Instant.parse(timestamp);
        }
    }

    /**
     * An item's {@code content}, discriminated by {@code type}. Each record carries its type as its first component
     * so that it is serialised first, as in Gladly's examples.
     */
    public interface Content {
        String type();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(String id, String contentType, String filename, long fileSize) {
    }

    public record QuickReplyOption(String id, String label) {
    }

    public record MessageData(List<QuickReplyOption> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChatMessage(String type, String messageType, String sessionId, String content,
            MessageData messageData, List<Attachment> attachments) implements Content {

        public static ChatMessage text(String sessionId, String content) {
            return new ChatMessage("CHAT_MESSAGE", "TEXT", sessionId, content, null, null);
        }

        public static ChatMessage quickReplyRequest(String sessionId, String content,
                List<QuickReplyOption> options) {
            return new ChatMessage("CHAT_MESSAGE", "QUICK_REPLY_REQUEST", sessionId, content,
                    new MessageData(options), null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EmailMessage(String type, String from, List<String> to, List<String> cc, List<String> bcc,
            String subject, String content, List<Attachment> attachments) implements Content {

        public EmailMessage(String from, List<String> to, String subject, String content,
                List<Attachment> attachments) {
            this("EMAIL", from, to, null, null, subject, content, attachments);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SmsMessage(String type, String from, String to, String content, List<Attachment> attachments)
            implements Content {

        public SmsMessage(String from, String to, String content) {
            this("SMS", from, to, content, null);
        }
    }

    /**
     * A message of a channel whose content the sandbox keeps as text only (FACEBOOK_MESSAGE, INSTAGRAM_DIRECT,
     * WHATSAPP, TWITTER): what a reply in such a channel becomes.
     */
    public record TextMessage(String type, String content) implements Content {
    }

    /** Note text is {@code body}, not {@code content} as in messages: Gladly's naming, kept as is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConversationNote(String type, String body, List<Attachment> attachments) implements Content {

        public ConversationNote(String body) {
            this("CONVERSATION_NOTE", body, null);
        }
    }

    public record ConversationStatusChange(String type, String status) implements Content {

        public ConversationStatusChange(String status) {
            this("CONVERSATION_STATUS_CHANGE", status);
        }
    }

    public record TopicChange(String type, List<String> addedTopicIds, List<String> removedTopicIds)
            implements Content {

        public TopicChange(List<String> addedTopicIds, List<String> removedTopicIds) {
            this("TOPIC_CHANGE", addedTopicIds, removedTopicIds);
        }
    }

    public record RecordingSummary(String status, String summary, String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhoneCall(String type, String from, String to, String startedAt, String answeredAt,
            String completedAt, String recordingStatus, String recordingUrl, Integer recordingDuration,
            RecordingSummary recordingSummary) implements Content {

        public PhoneCall(String from, String to, String startedAt, String answeredAt, String completedAt,
                String recordingStatus, String recordingUrl, Integer recordingDuration,
                RecordingSummary recordingSummary) {
            this("PHONE_CALL", from, to, startedAt, answeredAt, completedAt, recordingStatus, recordingUrl,
                    recordingDuration, recordingSummary);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Topic(String id, String name, boolean disabled, String parentId) {
    }

    /** A public answer in one language; the same answer id exists once per language it is written in. */
    public record Answer(String id, String name, String bodyHtml, String language, String updatedAt) {
    }

    /** A search hit: only id and name, as {@code answers-search} returns them. */
    public record AnswerTitle(String id, String name) {
    }

    /** Gladly's error envelope. The sandbox always sends the documented array form. */
    public record Errors(List<ErrorEntry> errors) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErrorEntry(String attr, String code, String detail, Map<String, String> meta) {
    }
}
