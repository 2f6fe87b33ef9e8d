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
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.AgentSource;
import io.switchboard.vendor.VendorErrors;

/**
 * Blinger behind the {@link AgentSource} port. Blinger hands out its agents as one whole list, so several agents are
 * picked from one {@code GET /agents}; a single agent is fetched on its own.
 */
@ApplicationScoped
public class BlingerAdapter implements AgentSource {

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
        if (id.contains("/") || id.equals(".") || id.equals("..")) {
            // Such an id names no agent, and in a path it would name another resource instead.
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().deferred(() -> api.get().getAgent(id))
                .map(envelope -> BlingerMapper.toAgent(data(envelope), id))
                .onFailure().transform(BlingerAdapter::toSwitchboard)
                .onFailure(BlingerAdapter::notFound).recoverWithNull();
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
