package io.switchboard.vendor;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;

/**
 * A vendor that can create and change agents (GB Talk, Blinger, Gaglers create; GB Talk and Blinger update). A
 * vendor without the operation does not implement the method: its default fails with UNSUPPORTED_BY_VENDOR.
 * Writes are never retried by Switchboard.
 */
public interface AgentWriter extends VendorPort {

    /** Creates the agent and answers it as the vendor now holds it (fetching it again where the vendor answers only a location). */
    default Uni<Agent> createAgent(AgentDraft draft) {
        return Unsupported.failure(vendor(), "creating agents");
    }

    /** Applies the non-null changes and answers the agent as the vendor now holds it. */
    default Uni<Agent> updateAgent(String remoteId, AgentChanges changes) {
        return Unsupported.failure(vendor(), "updating agents");
    }

    /**
     * A new agent. Validated by the service before the adapter sees it: name present; Gaglers needs username +
     * password or gmailId.
     */
    record AgentDraft(String name, String email, String username, String password, String gmailId, String avatarUrl,
            AgentStatus status, Boolean active, String serviceUserId) {
    }

    /** Changes to an agent; null means unchanged. */
    record AgentChanges(String name, String email, String avatarUrl, AgentStatus status, Boolean active) {
    }
}
