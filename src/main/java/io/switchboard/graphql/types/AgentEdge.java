package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One Agent in a connection, with its cursor.")
public record AgentEdge(
        @NonNull @Description("Pass as `after` to continue after this edge.") String cursor,
        @NonNull @Description("The Agent.") Agent node) {
}
