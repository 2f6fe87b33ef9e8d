package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One of the {@code saved-replies}; the name is its only identity. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkSavedReply(@JsonProperty("reply-name") String name, @JsonProperty("reply-text") String text) {
}
