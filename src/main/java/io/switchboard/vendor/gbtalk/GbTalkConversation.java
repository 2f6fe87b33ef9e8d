package io.switchboard.vendor.gbtalk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code get-conversation} response: the conversation's messages and its details. An unknown conversation comes
 * back as {@code {"messages": [], "details": ""}}, so {@code details} stays a tree until it is known to be an object.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkConversation(List<GbTalkMessage> messages, JsonNode details) {
}
