package io.switchboard.domain;

import org.eclipse.microprofile.graphql.Description;

/**
 * Unified conversation status. GB Talk codes 0..4 map to OPEN, WAITING_ON_CUSTOMER, WAITING_ON_AGENT, CLOSED,
 * TRASHED; Gladly OPEN, WAITING and CLOSED map to OPEN, WAITING_ON_CUSTOMER and CLOSED.
 */
@Description("Where a conversation stands. GB Talk status codes 0-4 map to OPEN, WAITING_ON_CUSTOMER, "
        + "WAITING_ON_AGENT, CLOSED, TRASHED; Gladly OPEN, WAITING, CLOSED map to OPEN, WAITING_ON_CUSTOMER, CLOSED.")
public enum ConversationStatus {
    OPEN,
    WAITING_ON_CUSTOMER,
    WAITING_ON_AGENT,
    CLOSED,
    TRASHED
}
