package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code details} of a {@code get-conversation} response; {@code user_id} is the conversation's customer. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkConversationDetails(
        String id,
        @JsonProperty("user_id") String userId,
        @JsonProperty("user_type") String userType,
        String title,
        @JsonProperty("conversation_time") String conversationTime,
        @JsonProperty("conversation_status_code") String conversationStatusCode,
        String source) {
}
