package io.switchboard.vendor.gladly;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Gladly conversation's metadata ({@code GET /conversations/{id}}, {@code GET /customers/{id}/conversations}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record GladlyConversation(
        String id,
        String customerId,
        String agentId,
        String inboxId,
        String status,
        List<String> topicIds,
        String createdAt,
        String closedAt) {
}
