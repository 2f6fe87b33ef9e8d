package io.switchboard.domain;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One message of a conversation. The author is named by remote id and kind, so that the GraphQL layer can resolve
 * it in batches: {@code authorRole} AGENT means an agent of the same vendor, CUSTOMER a customer.
 */
@RegisterForReflection
public record Message(
        Vendor vendor,
        String remoteId,
        String conversationRemoteId,
        String body,
        Channel channel,
        Instant createdAt,
        AuthorRole authorRole,
        String authorRemoteId,
        List<Attachment> attachments) implements VendorObject {

    public static final String TYPE = "Message";

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        authorRole = authorRole == null ? AuthorRole.SYSTEM : authorRole;
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
