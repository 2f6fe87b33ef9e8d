package io.switchboard.domain;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A conversation with a customer. Related objects are named by remote id (same vendor) and resolved in batches by
 * the GraphQL layer; {@code lastMessage} is filled in when the vendor hands it out with the conversation (GB Talk
 * lists do), otherwise it is null and looked up on demand.
 */
@RegisterForReflection
public record Conversation(
        Vendor vendor,
        String remoteId,
        String title,
        ConversationStatus status,
        Channel channel,
        Instant createdAt,
        String customerRemoteId,
        String assigneeRemoteId,
        List<String> topics,
        Message lastMessage) implements VendorObject {

    public static final String TYPE = "Conversation";

    public Conversation {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    public Conversation withAssignee(String agentRemoteId) {
        return new Conversation(vendor, remoteId, title, status, channel, createdAt, customerRemoteId, agentRemoteId,
                topics, lastMessage);
    }

    public Conversation withLastMessage(Message message) {
        return new Conversation(vendor, remoteId, title, status, channel, createdAt, customerRemoteId,
                assigneeRemoteId, topics, message);
    }
}
