package io.switchboard.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.service.Pager.Listing;
import io.switchboard.service.Pager.Slice;
import io.switchboard.store.CacheStore;
import io.switchboard.store.CacheStore.Cached;
import io.switchboard.store.StoreFills;
import io.switchboard.vendor.AgentSource;

/** Agents of every vendor. A vendor that cannot list its agents (Gaglers) lists those the store has seen. */
@ApplicationScoped
public class AgentService extends Lookup<Agent> {

    @Inject
    Pager pager;

    @Inject
    CacheStore store;

    @Inject
    StoreFills fills;

    @Override
    protected String type() {
        return Agent.TYPE;
    }

    @Override
    protected Class<Agent> modelType() {
        return Agent.class;
    }

    @Override
    protected Uni<Map<String, Agent>> fetch(Vendor vendor, Set<String> remoteIds) {
        return registry.agents(vendor).getAgents(remoteIds);
    }

    public Slice<Agent> list(Vendor vendor, AgentStatus status, Integer first, String after, Notes notes) {
        Map<Vendor, AgentSource> sources = registry.agentSources();
        List<Vendor> vendors = registry.vendorsFor(vendor, sources);
        Set<Vendor> remembered = vendors.stream().filter(v -> sources.containsKey(v) && !sources.get(v).canListAgents())
                .collect(Collectors.toSet());
        Listing<Agent> listing = new Listing<>(Agent.TYPE, Agent.class, "Agent:all", vendors,
                (v, token) -> remembered.contains(v) ? Uni.createFrom().item(seen(v)) : registry.agents(v).listAgents(token),
                status == null ? null : agent -> agent.status() == status, remembered, vendor != null);
        return pager.page(listing, first, after, notes);
    }

    /** The agents of a vendor without a list call, as the store has seen them. */
    private Page<Agent> seen(Vendor vendor) {
        fills.await();
        return Page.whole(store.findAll(vendor, Agent.TYPE, Agent.class).stream().map(Cached::value).toList());
    }

    /** Conversations assigned to or answered by the agent; empty where the vendor cannot tell. */
    public Slice<Conversation> conversations(Agent agent, Integer first, String after, Notes notes) {
        Listing<Conversation> listing = new Listing<>(Conversation.TYPE, Conversation.class,
                "Conversation:agent=" + agent.remoteId(), List.of(agent.vendor()),
                (v, token) -> registry.agents(v).listAgentConversations(agent.remoteId(), token), false);
        return pager.page(listing, first, after, notes);
    }
}
