package io.switchboard.vendor;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;

/**
 * A vendor that can start conversations, send messages, change status and assignee, and add notes (GB Talk,
 * Gladly). Related ids are remote ids of the same vendor, checked by the service. Never retried: a message must
 * not be sent twice.
 */
public interface ConversationWriter extends VendorPort {

    default Uni<Conversation> createConversation(String customerRemoteId, String title, ConversationStatus status,
            String assigneeRemoteId) {
        return Unsupported.failure(vendor(), "starting conversations");
    }

    /** Sends a message; {@code authorRemoteId} is an agent, or null for the API user. */
    default Uni<Message> sendMessage(String conversationRemoteId, String body, String authorRemoteId,
            List<Attachment> attachments) {
        return Unsupported.failure(vendor(), "sending messages");
    }

    /**
     * Sets the status; a status the vendor cannot set fails with BAD_USER_INPUT before any call. Answers the
     * conversation as the vendor now holds it.
     */
    default Uni<Conversation> updateStatus(String conversationRemoteId, ConversationStatus status) {
        return Unsupported.failure(vendor(), "changing a conversation's status");
    }

    /** Assigns the conversation to the agent, or unassigns it when {@code agentRemoteId} is null. */
    default Uni<Conversation> assign(String conversationRemoteId, String agentRemoteId) {
        return Unsupported.failure(vendor(), "assigning conversations");
    }

    default Uni<Note> addNote(String conversationRemoteId, String body, String authorRemoteId, String title) {
        return Unsupported.failure(vendor(), "adding notes");
    }
}
