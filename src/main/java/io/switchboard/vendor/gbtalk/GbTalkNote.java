package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An internal note from {@code get-notes}. {@code name} is the note's title; the docs show no time, newer
 * installations add {@code creation_time}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkNote(
        String id,
        @JsonProperty("user_id") String userId,
        String name,
        String message,
        @JsonProperty("creation_time") String creationTime) {
}
