package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("A page of Answer objects (Relay connection).")
public record AnswerConnection(
        @NonNull @Description("The page's edges, in the list's order.") List<@NonNull AnswerEdge> edges,
        @NonNull @Description("Paging state.") PageInfo pageInfo,
        @Description("How many objects the whole list holds, where known.") Integer totalCount) {

    public static AnswerConnection of(Slice<io.switchboard.domain.Answer> slice) {
        return new AnswerConnection(Connections.edges(slice, Answer::of, AnswerEdge::new), PageInfo.of(slice),
                slice.totalCount());
    }
}
