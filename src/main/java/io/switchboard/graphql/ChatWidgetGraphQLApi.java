package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import io.switchboard.domain.GlobalId;
import io.switchboard.graphql.types.Agent;
import io.switchboard.graphql.types.ChatWidget;
import io.switchboard.security.Roles;
import io.switchboard.service.AgentService;
import io.switchboard.service.Notes;
import io.switchboard.service.ReadThrough.Found;
import io.switchboard.service.WidgetService;

/** Chat widgets (Gaglers topics) and their operators. */
@GraphQLApi
public class ChatWidgetGraphQLApi {

    @Inject
    WidgetService widgets;

    @Inject
    AgentService agents;

    @Inject
    Fields fields;

    @Query("chatWidget")
    @RolesAllowed(Roles.VIEWER)
    @Description("One chat widget by global id; null with NOT_FOUND when Gaglers does not know it.")
    public ChatWidget chatWidget(@NonNull @Id @Name("id") String id) {
        return ChatWidget.of(widgets.get(widgets.parseId(id), fields.notes()));
    }

    @Name("operators")
    @NonNull
    @Description("The Gaglers agents who answer this widget; those online have status ONLINE.")
    public List<@NonNull Agent> operators(@Source ChatWidget widget) {
        return operators(widget, widget.domain().operatorIds());
    }

    @Name("onlineOperators")
    @NonNull
    @Description("The operators online right now.")
    public List<@NonNull Agent> onlineOperators(@Source ChatWidget widget) {
        return operators(widget, widget.domain().onlineOperatorIds());
    }

    private List<Agent> operators(ChatWidget widget, List<String> remoteIds) {
        Notes notes = fields.notes();
        io.switchboard.domain.ChatWidget domain = widget.domain();
        List<GlobalId> ids = remoteIds.stream()
                .map(id -> GlobalId.of(domain.vendor(), io.switchboard.domain.Agent.TYPE, id)).toList();
        Found<io.switchboard.domain.Agent> found = agents.getMany(ids, notes);
        found.failures().values().forEach(notes::vendorFailed);
        Set<String> online = Set.copyOf(domain.onlineOperatorIds());
        List<Agent> operators = new ArrayList<>();
        for (GlobalId id : ids) {
            io.switchboard.domain.Agent agent = found.objects().get(id);
            if (agent != null) {
                // Gaglers says who is online only through a widget's onlineoperators.
                operators.add(Agent.of(agent.withStatus(online.contains(id.remoteId()) ? AgentStatus.ONLINE
                        : AgentStatus.OFFLINE)));
            }
        }
        return operators;
    }
}
