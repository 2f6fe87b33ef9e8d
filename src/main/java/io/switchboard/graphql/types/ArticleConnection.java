package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("A page of Article objects (Relay connection).")
public record ArticleConnection(
        @NonNull @Description("The page's edges, in the list's order.") List<@NonNull ArticleEdge> edges,
        @NonNull @Description("Paging state.") PageInfo pageInfo,
        @Description("How many objects the whole list holds, where known.") Integer totalCount) {

    public static ArticleConnection of(Slice<io.switchboard.domain.Article> slice) {
        return new ArticleConnection(Connections.edges(slice, Article::of, ArticleEdge::new), PageInfo.of(slice),
                slice.totalCount());
    }
}
