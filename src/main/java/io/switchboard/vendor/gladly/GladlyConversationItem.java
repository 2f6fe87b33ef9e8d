package io.switchboard.vendor.gladly;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a conversation's timeline ({@code GET /conversations/{id}/items}): a message, a note, a status or
 * topic change, an activity. {@link Content#type()} says which; the fields below are the union of those Switchboard
 * reads. Gladly names the text {@code content} in message items but {@code body} in notes and voice-AI items.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GladlyConversationItem(
        String id,
        String customerId,
        String conversationId,
        String timestamp,
        Communicator initiator,
        Communicator responder,
        Content content) {

    /** Who started or answered an item; {@code type} is AGENT, API, AUTOMATION, CUSTOMER, SYSTEM, INTERNAL, ... */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Communicator(String id, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Content(
            String type,
            String content,
            String body,
            String subject,
            List<ItemAttachment> attachments,
            String recordingUrl,
            RecordingSummary recordingSummary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemAttachment(String id, String contentType, String filename, Long fileSize) {
    }

    /** The summary Gladly writes of a call or voicemail recording; {@code summary} is set when READY. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordingSummary(String status, String summary, String language) {
    }
}
