package io.switchboard.graphql.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Vendor;

@Input("CreateAgentInput")
@Description("A new agent. Gaglers needs username + password or gmailId; Gladly cannot create agents.")
public record CreateAgentInput(
        @NonNull @Description("The vendor to create the agent in: GBTALK, BLINGER or GAGLERS.") Vendor vendor,
        @NonNull @Description("Gaglers nickname, Blinger name, GB Talk first/last name split on the first space.") String name,
        @Description("Email address.") String email,
        @Description("Gaglers login name.") String username,
        @Description("Gaglers initial password.") String password,
        @Description("Gaglers: a Gmail id instead of username and password.") String gmailId,
        @Description("Avatar image URL (http or https).") String avatarUrl,
        @Description("Blinger status.") AgentStatus status,
        @Description("Blinger active flag.") Boolean active,
        @Description("Blinger serviceUserId.") String serviceUserId,
        @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.") String clientMutationId) {
}
