package io.switchboard.vendor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Page;

/** A vendor that holds conversations with their messages and notes. */
public interface ConversationSource extends VendorPort {

    /**
     * One page of conversations matching the query. Vendors with no global conversation list (Gladly) fail with
     * {@code UNSUPPORTED_BY_VENDOR}.
     */
    Uni<Page<Conversation>> listConversations(ConversationQuery query, String pageToken);

    /** The conversations with these remote ids; unknown ids are absent from the map. */
    Uni<Map<String, Conversation>> getConversations(Set<String> remoteIds);

    /** One page of a conversation's messages, oldest first. Unknown conversation: {@code NOT_FOUND}. */
    Uni<Page<Message>> listMessages(String conversationRemoteId, String pageToken);

    /** All notes of a conversation, oldest first. */
    Uni<List<Note>> listNotes(String conversationRemoteId);

    /**
     * @param status only conversations in this status, or null for the vendor's default inbox view
     * @param search free text, or null
     */
    record ConversationQuery(ConversationStatus status, String search) {
    }
}
