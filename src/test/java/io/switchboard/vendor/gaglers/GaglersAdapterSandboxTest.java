package io.switchboard.vendor.gaglers;

import static io.switchboard.testing.Awaits.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.ChatWidget;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AgentWriter.AgentDraft;

/** The adapter against the dev-mode sandbox instead of WireMock: what the sandbox serves, the adapter reads. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GaglersAdapterSandboxTest {

    @TestHTTPResource("/sandbox/gaglers/api/v1")
    URI sandbox;

    GaglersAdapter adapter;

    @BeforeEach
    void pointTheAdapterAtTheSandbox() {
        GaglersApi api = QuarkusRestClientBuilder.newBuilder().baseUri(sandbox).build(GaglersApi.class);
        adapter = new GaglersAdapter(() -> api);
    }

    @Test
    void theSeededAgentsAndWidgetsReadBack() {
        Map<String, Agent> agents = adapter.getAgents(Set.of("211", "212", "9999")).await().atMost(WAIT);

        assertEquals(Set.of("211", "212"), agents.keySet());
        assertEquals("Lena", agents.get("211").name());
        assertEquals("lena_harborfresh.test", agents.get("211").username());
        assertEquals("lena.moreau@harborfresh.test", agents.get("211").email());

        Map<String, ChatWidget> widgets = adapter.getWidgets(Set.of("41", "42", "9999")).await().atMost(WAIT);

        assertEquals(Set.of("41", "42"), widgets.keySet());
        assertEquals(List.of("212", "214"), widgets.get("42").operatorIds());
        assertEquals(List.of("212"), widgets.get("42").onlineOperatorIds());
        assertEquals(List.of(), widgets.get("41").onlineOperatorIds());
    }

    @Test
    void aCreatedAgentAndWidgetReadBack() {
        String username = "agent_" + UUID.randomUUID() + ".test";
        Agent agent = adapter.createAgent(new AgentDraft("Great Shop", "help@shop.test", username, "temppassword",
                null, "https://images.sandbox.test/shop.png", null, null, null)).await().atMost(WAIT);

        assertEquals("Great Shop", agent.name());
        assertEquals(username, agent.username());
        assertEquals("help@shop.test", agent.email());
        assertEquals(agent, adapter.getAgents(Set.of(agent.remoteId())).await().atMost(WAIT)
                .get(agent.remoteId()));

        String name = "Shop help " + UUID.randomUUID();
        ChatWidget widget = adapter.createWidget("http://shop.sandbox.test", name,
                List.of(agent.remoteId(), "212")).await().atMost(WAIT);

        assertEquals(name, widget.name());
        assertEquals("http://shop.sandbox.test", widget.siteUrl());
        assertEquals(List.of(agent.remoteId(), "212"), widget.operatorIds());
        assertEquals(List.of("212"), widget.onlineOperatorIds());
        assertEquals(widget, adapter.getWidgets(Set.of(widget.remoteId())).await().atMost(WAIT)
                .get(widget.remoteId()));

        // The sandbox refuses a second widget of that name on the site, as Gaglers does.
        SwitchboardException taken = assertThrows(SwitchboardException.class, () -> adapter.createWidget(
                "http://shop.sandbox.test", name, List.of("212")).await().atMost(WAIT));
        assertEquals(ErrorCode.VENDOR_REJECTED, taken.code());
    }
}
