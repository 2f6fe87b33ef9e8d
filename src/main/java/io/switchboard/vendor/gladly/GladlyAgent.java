package io.switchboard.vendor.gladly;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Gladly agent as {@code GET /agents} and {@code GET /agents/{agentId}} return it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GladlyAgent(String id, String name, String emailAddress) {
}
