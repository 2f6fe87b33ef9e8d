package io.switchboard.vendor.gladly;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PATCH /conversations/{id}}: a new assignee and/or a new status; what is null is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GladlyConversationPatch(Assignee assignee, Status status) {

    /** {@code inboxId} is required whenever an assignee is sent; without {@code agentId} the inbox keeps it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Assignee(String inboxId, String agentId) {
    }

    /** {@code value} OPEN or CLOSED (Gladly cannot be told WAITING); {@code force} closes a waiting customer's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Status(String value, Boolean force) {
    }
}
