package io.switchboard.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an agent is available. UNKNOWN where the vendor cannot tell.")
public enum AgentStatus {
    ONLINE,
    OFFLINE,
    UNKNOWN
}
