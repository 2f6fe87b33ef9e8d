package io.switchboard.vendor.blinger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.AgentSource;
import io.switchboard.vendor.AgentWriter;
import io.switchboard.vendor.VendorErrors;

/**
 * Blinger behind the {@link AgentSource} and {@link AgentWriter} ports. Blinger hands out its agents as one whole
 * list, so several agents are picked from one {@code GET /agents}; a single agent is fetched on its own. Agents are
 * created with {@code POST /agents} and changed with {@code PUT /agents/{id}}, both answering the agent as Blinger
 * now holds it.
 */
@ApplicationScoped
public class BlingerAdapter implements AgentSource, AgentWriter {

    private final Supplier<BlingerApi> api;

    @Inject
    BlingerAdapter(@RestClient Instance<BlingerApi> api) {
        // Looked up on first use: a disabled vendor must not fail startup.
        this(api::get);
    }

    /** For tests that point the adapter at another server, such as the sandbox. */
    BlingerAdapter(Supplier<BlingerApi> api) {
        this.api = api;
    }

    @Override
    public Vendor vendor() {
        return Vendor.BLINGER;
    }

    @Override
    public Uni<Page<Agent>> listAgents(String pageToken) {
        if (pageToken != null) {
            // The list comes whole, so this adapter never hands out a page token.
            return Uni.createFrom().failure(SwitchboardException.badUserInput("Invalid page token for Blinger agents"));
        }
        return allAgents().map(agents -> Page.whole(List.copyOf(agents.values())));
    }

    @Override
    public Uni<Map<String, Agent>> getAgents(Set<String> remoteIds) {
        List<String> ids = remoteIds.stream().filter(id -> id != null && !id.isBlank()).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        if (ids.size() == 1) {
            String id = ids.get(0);
            return agent(id).map(agent -> agent == null ? Map.<String, Agent> of() : Map.of(id, agent));
        }
        return allAgents().map(agents -> {
            Map<String, Agent> found = new LinkedHashMap<>();
            ids.forEach(id -> {
                Agent agent = agents.get(id);
                if (agent != null) {
                    found.put(id, agent);
                }
            });
            return Map.copyOf(found);
        });
    }

    @Override
    public Uni<Agent> createAgent(AgentDraft draft) {
        // The draft is checked inside the Uni, so that a refused field fails it before any call.
        return Uni.createFrom().item(() -> newAgent(draft))
                .chain(body -> api.get().createAgent(body))
                .map(envelope -> BlingerMapper.toAgent(created(data(envelope))))
                .invoke(agent -> Log.debugf("Created Blinger agent %s", agent.remoteId()))
                .onFailure().transform(BlingerAdapter::toSwitchboard);
    }

    @Override
    public Uni<Agent> updateAgent(String remoteId, AgentChanges changes) {
        if (!pathSafe(remoteId)) {
            return Uni.createFrom().failure(SwitchboardException.notFound(Vendor.BLINGER, "The agent"));
        }
        return Uni.createFrom().item(() -> changed(changes))
                .chain(body -> api.get().updateAgent(remoteId, body))
                .map(envelope -> BlingerMapper.toAgent(data(envelope), remoteId))
                .onFailure().transform(BlingerAdapter::toSwitchboard);
    }

    private static BlingerAgentInput newAgent(AgentDraft draft) {
        refuse(draft.email(), "email");
        refuse(draft.username(), "username");
        refuse(draft.password(), "password");
        refuse(draft.gmailId(), "gmailId");
        return new BlingerAgentInput(draft.name(), draft.avatarUrl(), status(draft.status()), draft.active(),
                draft.serviceUserId());
    }

    private static BlingerAgentInput changed(AgentChanges changes) {
        refuse(changes.email(), "email");
        return new BlingerAgentInput(changes.name(), changes.avatarUrl(), status(changes.status()), changes.active(),
                null);
    }

    /** A created agent must come back with its id: without it, Switchboard could never name it again. */
    private static BlingerAgent created(BlingerAgent agent) {
        if (agent.id() == null || agent.id().isBlank()) {
            throw SwitchboardException.unavailable(Vendor.BLINGER, "it created the agent but answered no id", null);
        }
        return agent;
    }

    /**
     * Blinger agents have no email and no login of their own; a value given for one would be lost without a word,
     * so it is refused before any call.
     */
    private static void refuse(String value, String field) {
        if (value != null) {
            throw SwitchboardException.badInput(List.of("input", field), "Blinger agents have no " + field);
        }
    }

    /** Blinger's word for a status it can set; UNKNOWN is no status an agent can be put in. */
    private static String status(AgentStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case ONLINE -> "online";
            case OFFLINE -> "offline";
            case UNKNOWN -> throw SwitchboardException.badInput(List.of("input", "status"),
                    "Blinger agents can only be set ONLINE or OFFLINE");
        };
    }

    /** Every agent by id, in Blinger's order. */
    private Uni<Map<String, Agent>> allAgents() {
        return Uni.createFrom().deferred(() -> api.get().listAgents())
                .map(envelope -> {
                    Map<String, Agent> agents = new LinkedHashMap<>();
                    data(envelope).stream()
                            .filter(Objects::nonNull)
                            .map(BlingerMapper::toAgent)
                            .filter(agent -> agent.remoteId() != null)
                            .forEach(agent -> agents.putIfAbsent(agent.remoteId(), agent));
                    Log.debugf("Fetched %d agents from Blinger", agents.size());
                    return agents;
                })
                .onFailure().transform(BlingerAdapter::toSwitchboard);
    }

    /** One agent, or null when Blinger does not know it. */
    private Uni<Agent> agent(String id) {
        if (!pathSafe(id)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().deferred(() -> api.get().getAgent(id))
                .map(envelope -> BlingerMapper.toAgent(data(envelope), id))
                .onFailure().transform(BlingerAdapter::toSwitchboard)
                .onFailure(BlingerAdapter::notFound).recoverWithNull();
    }

    /** Whether the id can go into a path: an id with a slash or a dot segment names no agent, but another resource. */
    private static boolean pathSafe(String id) {
        return !(id.contains("/") || id.equals(".") || id.equals(".."));
    }

    private static SwitchboardException toSwitchboard(Throwable failure) {
        return VendorErrors.map(Vendor.BLINGER, failure);
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof SwitchboardException e && e.code() == ErrorCode.NOT_FOUND;
    }

    /** The envelope's data; a failure status inside an HTTP 200 maps like the same HTTP status would. */
    private static <T> T data(BlingerEnvelope<T> envelope) {
        if (envelope == null) {
            throw BlingerErrors.unreadable();
        }
        if (envelope.failed()) {
            throw BlingerErrors.fromStatus(envelope.status(), envelope.message());
        }
        if (envelope.data() == null) {
            throw BlingerErrors.unreadable();
        }
        return envelope.data();
    }
}
