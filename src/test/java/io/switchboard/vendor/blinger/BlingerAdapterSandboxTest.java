package io.switchboard.vendor.blinger;

import static io.switchboard.testing.Awaits.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;

/** The adapter against the dev-mode sandbox instead of WireMock: what the sandbox serves, the adapter reads. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BlingerAdapterSandboxTest {

    @TestHTTPResource("/sandbox/blinger/api/external/v1")
    URI sandbox;

    BlingerAdapter adapter;

    @BeforeEach
    void pointTheAdapterAtTheSandbox() {
        BlingerApi api = QuarkusRestClientBuilder.newBuilder().baseUri(sandbox).build(BlingerApi.class);
        adapter = new BlingerAdapter(() -> api);
    }

    @Test
    void theSeededAgentsReadBack() {
        List<Agent> agents = adapter.listAgents(null).await().atMost(WAIT).items();

        assertTrue(agents.size() >= 6, "seeded agents: " + agents.size());
        Agent marta = agents.stream().filter(a -> "Marta Kowalczyk".equals(a.name())).findFirst().orElseThrow();
        assertEquals(AgentStatus.ONLINE, marta.status());
        assertTrue(marta.avatarUrl().startsWith("https://"), marta.avatarUrl());
        assertNotNull(marta.createdAt());
        assertTrue(agents.stream().anyMatch(a -> a.status() == AgentStatus.OFFLINE));
        assertTrue(agents.stream().anyMatch(a -> Boolean.FALSE.equals(a.active())));

        String other = agents.get(1).remoteId();
        assertEquals(Set.of(marta.remoteId()), adapter.getAgents(Set.of(marta.remoteId())).await().atMost(WAIT)
                .keySet());
        Map<String, Agent> two = adapter.getAgents(Set.of(marta.remoteId(), other, "unknown-id"))
                .await().atMost(WAIT);
        assertEquals(Set.of(marta.remoteId(), other), two.keySet());
        assertTrue(adapter.getAgents(Set.of("unknown-id")).await().atMost(WAIT).isEmpty());
    }

    @Test
    void aCreatedAndUpdatedAgentReadsBack() {
        Agent created = adapter.createAgent(new AgentDraft("Noor Haddad", null, null, null, null,
                "https://images.sandbox.test/noor.png", AgentStatus.ONLINE, true, "crm-3001")).await().atMost(WAIT);

        assertEquals("Noor Haddad", created.name());
        assertEquals(AgentStatus.ONLINE, created.status());
        assertTrue(created.avatarUrl().startsWith("https://static.blinger.sandbox.test/"), created.avatarUrl());

        Agent updated = adapter.updateAgent(created.remoteId(),
                new AgentChanges(null, null, null, AgentStatus.OFFLINE, false)).await().atMost(WAIT);

        assertEquals(created.remoteId(), updated.remoteId());
        assertEquals("Noor Haddad", updated.name());
        assertEquals(AgentStatus.OFFLINE, updated.status());
        assertEquals(Boolean.FALSE, updated.active());
        assertEquals(updated, adapter.getAgents(Set.of(created.remoteId())).await().atMost(WAIT)
                .get(created.remoteId()));
        assertTrue(adapter.listAgents(null).await().atMost(WAIT).items().contains(updated));
    }
}
