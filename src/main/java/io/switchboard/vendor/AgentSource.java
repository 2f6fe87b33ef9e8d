package io.switchboard.vendor;

import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Agent;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.Page;
import io.switchboard.error.SwitchboardException;

/** A vendor that knows agents. */
public interface AgentSource extends VendorPort {

    /**
     * Whether the vendor has a call that lists its agents. Where it has none (Gaglers), Switchboard lists the agents
     * its store has seen.
     */
    default boolean canListAgents() {
        return true;
    }

    /**
     * One page of the vendor's agents, in the vendor's order.
     *
     * @param pageToken null for the first page, else a {@link Page#nextPageToken()} this adapter handed out
     */
    Uni<Page<Agent>> listAgents(String pageToken);

    /** The agents with these remote ids; ids the vendor does not know are absent from the map. */
    Uni<Map<String, Agent>> getAgents(Set<String> remoteIds);

    /** Conversations assigned to or answered by the agent, where the vendor can tell. */
    default Uni<Page<Conversation>> listAgentConversations(String agentRemoteId, String pageToken) {
        return Uni.createFrom().failure(SwitchboardException.unsupported(vendor(), "listing an agent's conversations"));
    }
}
