package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("A page of Message objects (Relay connection).")
public record MessageConnection(
        @NonNull @Description("The page's edges, in the list's order.") List<@NonNull MessageEdge> edges,
        @NonNull @Description("Paging state.") PageInfo pageInfo,
        @Description("How many objects the whole list holds, where known.") Integer totalCount) {

    public static MessageConnection of(Slice<io.switchboard.domain.Message> slice) {
        return new MessageConnection(Connections.edges(slice, Message::of, MessageEdge::new), PageInfo.of(slice),
                slice.totalCount());
    }
}
