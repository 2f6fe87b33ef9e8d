package io.switchboard.graphql.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AddNoteInput")
@Description("An internal note to add to a conversation.")
public record AddNoteInput(
        @NonNull @Id @Description("The conversation.") String conversationId,
        @NonNull @Description("The note's text.") String body,
        @Id @Description("The agent writing (same vendor).") String authorId,
        @Description("Title (where the vendor keeps one).") String title,
        @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.") String clientMutationId) {
}
