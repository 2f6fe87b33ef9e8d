package io.switchboard.domain;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An internal note on a conversation, written by an agent of the same vendor. */
@RegisterForReflection
public record Note(
        Vendor vendor,
        String remoteId,
        String conversationRemoteId,
        String body,
        String authorRemoteId,
        Instant createdAt) implements VendorObject {

    public static final String TYPE = "Note";

    @Override
    public String typeName() {
        return TYPE;
    }
}
