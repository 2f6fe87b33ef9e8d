package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GB Talk message row. {@code get-conversation} returns these as the messages of one conversation, with the
 * author's name and {@code user_type}. The conversation lists ({@code get-conversations}, {@code search-conversations},
 * {@code get-user-conversations}) return one per conversation, its latest message, joined with conversation fields.
 * <p>
 * {@code user_id} is always the message's author (it is the message table's column). In {@code get-conversations}
 * and {@code search-conversations} rows the name fields and {@code user_type} belong to the conversation's user and
 * {@code message_user_type} to the author; the conversation's user id itself is not in those rows, unless a newer
 * installation adds {@code conversation_user_id}.
 *
 * @param attachments a JSON string of {@code [["name","link"], ...]}, an empty string for none, or (leniently) the
 *        array itself
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkMessage(
        String id,
        @JsonProperty("user_id") String userId,
        String message,
        @JsonProperty("creation_time") String creationTime,
        JsonNode attachments,
        @JsonProperty("conversation_id") String conversationId,
        @JsonProperty("user_type") String userType,
        @JsonProperty("message_user_type") String messageUserType,
        @JsonProperty("conversation_status_code") String conversationStatusCode,
        @JsonProperty("conversation_user_id") String conversationUserId,
        String title,
        String source) {
}
