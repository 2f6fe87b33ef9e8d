package io.switchboard.vendor.gaglers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
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
import io.switchboard.domain.ChatWidget;
import io.switchboard.testing.VendorStubs;

/** The adapter against the dev-mode sandbox instead of WireMock: what the sandbox serves, the adapter reads. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GaglersAdapterSandboxTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

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
        Map<String, Agent> agents = adapter.getAgents(Set.of("211", "212", "9999")).await().atMost(TIMEOUT);

        assertEquals(Set.of("211", "212"), agents.keySet());
        assertEquals("Lena", agents.get("211").name());
        assertEquals("lena_harborfresh.test", agents.get("211").username());
        assertEquals("lena.moreau@harborfresh.test", agents.get("211").email());

        Map<String, ChatWidget> widgets = adapter.getWidgets(Set.of("41", "42", "9999")).await().atMost(TIMEOUT);

        assertEquals(Set.of("41", "42"), widgets.keySet());
        assertEquals(List.of("212", "214"), widgets.get("42").operatorIds());
        assertEquals(List.of("212"), widgets.get("42").onlineOperatorIds());
        assertEquals(List.of(), widgets.get("41").onlineOperatorIds());
    }
}
