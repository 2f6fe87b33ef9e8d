package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.service.Pager.Slice;

@Description("A page of Agent objects (Relay connection).")
public record AgentConnection(
        @NonNull @Description("The page's edges, in the list's order.") List<@NonNull AgentEdge> edges,
        @NonNull @Description("Paging state.") PageInfo pageInfo,
        @Description("How many objects the whole list holds, where known.") Integer totalCount) {

    public static AgentConnection of(Slice<io.switchboard.domain.Agent> slice) {
        return new AgentConnection(Connections.edges(slice, Agent::of, AgentEdge::new), PageInfo.of(slice),
                slice.totalCount());
    }
}
