package io.switchboard.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Vendor;
import io.switchboard.graphql.types.Agent;
import io.switchboard.graphql.types.AgentConnection;
import io.switchboard.graphql.types.ConversationConnection;
import io.switchboard.security.Roles;
import io.switchboard.service.AgentService;

/** Agents of every vendor. */
@GraphQLApi
public class AgentGraphQLApi {

    @Inject
    AgentService agents;

    @Inject
    Fields fields;

    @Query("agents")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Agents of every enabled vendor (or of one), merged in vendor order: Gladly, GB Talk, Blinger, "
            + "Gaglers (those Switchboard has seen). A failing vendor is left out with one error naming it.")
    public AgentConnection agents(@Description("Only this vendor's agents.") Vendor vendor,
            @Description("Only agents with this status.") AgentStatus status,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Continue after this cursor.") String after) {
        return AgentConnection.of(agents.list(vendor, status, first, after, fields.notes()));
    }

    @Query("agent")
    @RolesAllowed(Roles.VIEWER)
    @Description("One agent by global id; null with NOT_FOUND when the vendor does not know it.")
    public Agent agent(@NonNull @Id @Name("id") String id) {
        return Agent.of(agents.get(agents.parseId(id), fields.notes()));
    }

    @Name("conversations")
    @NonNull
    @Description("Conversations assigned to or answered by the agent, where the vendor can tell (GB Talk); "
            + "empty otherwise.")
    public ConversationConnection conversations(@Source Agent agent, Integer first, String after) {
        return ConversationConnection.of(agents.conversations(agent.domain(), first, after, fields.notes()));
    }
}
