package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("A page of Conversation objects (Relay connection).")
public record ConversationConnection(
        @NonNull @Description("The page's edges, in the list's order.") List<@NonNull ConversationEdge> edges,
        @NonNull @Description("Paging state.") PageInfo pageInfo,
        @Description("How many objects the whole list holds, where known.") Integer totalCount) {

    public static ConversationConnection of(Slice<io.switchboard.domain.Conversation> slice) {
        return new ConversationConnection(Connections.edges(slice, Conversation::of, ConversationEdge::new), PageInfo.of(slice),
                slice.totalCount());
    }
}
