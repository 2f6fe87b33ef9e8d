package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("Where a connection page ends and whether more follow.")
public record PageInfo(
        @NonNull @Description("Whether another page follows; pass endCursor as `after` to get it.") boolean hasNextPage,
        @Description("The cursor of the last edge of this page, or null when the page is empty.") String endCursor) {

    public static PageInfo of(Slice<?> slice) {
        return new PageInfo(slice.hasNextPage(), slice.endCursor());
    }
}
