package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One Conversation in a connection, with its cursor.")
public record ConversationEdge(
        @NonNull @Description("Pass as `after` to continue after this edge.") String cursor,
        @NonNull @Description("The Conversation.") Conversation node) {
}
