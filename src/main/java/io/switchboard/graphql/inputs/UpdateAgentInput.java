package io.switchboard.graphql.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.switchboard.domain.AgentStatus;

@Input("UpdateAgentInput")
@Description("Changes to an agent (GB Talk, Blinger); fields left out stay as they are.")
public record UpdateAgentInput(
        @Description("New name.") String name,
        @Description("New email address.") String email,
        @Description("New avatar URL.") String avatarUrl,
        @Description("New status (Blinger).") AgentStatus status,
        @Description("Active or not (Blinger).") Boolean active,
        @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.") String clientMutationId) {
}
