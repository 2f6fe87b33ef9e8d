package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One agent of a {@code get-agents-in-conversation} response: an agent with a message in the conversation. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkAgentInConversation(String id, @JsonProperty("conversation_id") String conversationId) {
}
