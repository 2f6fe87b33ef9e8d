package io.switchboard.domain;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A person who answers customers, as any vendor describes them. */
@RegisterForReflection
public record Agent(
        Vendor vendor,
        String remoteId,
        String name,
        String email,
        String username,
        String avatarUrl,
        AgentStatus status,
        Boolean active,
        Instant createdAt,
        Instant updatedAt) implements VendorObject {

    public static final String TYPE = "Agent";

    @Override
    public String typeName() {
        return TYPE;
    }

    public Agent withStatus(AgentStatus newStatus) {
        return new Agent(vendor, remoteId, name, email, username, avatarUrl, newStatus, active, createdAt, updatedAt);
    }
}
