package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("A page of Customer objects (Relay connection).")
public record CustomerConnection(
        @NonNull @Description("The page's edges, in the list's order.") List<@NonNull CustomerEdge> edges,
        @NonNull @Description("Paging state.") PageInfo pageInfo,
        @Description("How many objects the whole list holds, where known.") Integer totalCount) {

    public static CustomerConnection of(Slice<io.switchboard.domain.Customer> slice) {
        return new CustomerConnection(Connections.edges(slice, Customer::of, CustomerEdge::new), PageInfo.of(slice),
                slice.totalCount());
    }
}
