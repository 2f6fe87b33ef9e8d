package io.switchboard.vendor.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.testing.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.switchboard.testing.StoreReset;
import io.switchboard.testing.VendorStubs;

/**
 * Vendors that time out, fail, rate-limit or come back: timeouts bound the wait, transient read failures are
 * retried, the circuit opens and fails fast, and the healthy vendors' data always comes through.
 */
@QuarkusTest
@TestProfile(ResilienceProfile.class)
@QuarkusTestResource(VendorStubs.class)
class ResilienceTest {

    private static final String BLINGER_AGENTS = "/api/external/v1/agents";
    private static final String GLADLY_AGENTS = "/api/v1/agents";

    @Inject
    StoreReset storeReset;

    @BeforeEach
    void emptyStore() {
        storeReset.clear();
        healthyVendors();
    }

    void healthyVendors() {
        VendorStubs.reset();
        VendorStubs.gladly().stubFor(get(urlEqualTo(GLADLY_AGENTS)).willReturn(okJson("""
                [{"id":"g1","name":"Lena Ortiz","emailAddress":"lena@acme.test"}]""")));
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS)).willReturn(okJson("""
                {"status":200,"data":[{"id":"b1","name":"Vadim","status":"online","active":true}]}""")));
    }

    private static io.restassured.response.ValidatableResponse agentsOf(String vendors) {
        return query("{ agents(" + vendors + ") { edges { node { id } } } }");
    }

    /** A cold JVM on a busy machine can take longer than the profile's short timeout for its very first calls. */
    private static void warmUp() {
        for (int i = 0; i < 10; i++) {
            if (agentsOf("").extract().path("errors") == null) {
                VendorStubs.blinger().resetRequests();
                return;
            }
        }
    }

    @Test
    void aVendorThatBlackHolesCostsOneTimeoutNotTheWholeQuery() {
        warmUp();
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS))
                .willReturn(okJson("{\"status\":200,\"data\":[]}").withFixedDelay(8_000)));

        long start = System.nanoTime();
        query("{ agents(vendor: GLADLY) { edges { node { id } } } b: agents(vendor: BLINGER) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", contains("gid://gladly/Agent/g1"))
                .body("data.b.edges", hasSize(0))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].message", containsString("did not answer within 1000 ms"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // the profile's timeout is 1 s; the bound leaves room for a busy machine, far below the 8 s black hole
        assertTrue(took.compareTo(Duration.ofMillis(4_000)) < 0, "took " + took);
        // a timeout is not retried: it already took its time
        assertEquals(1, VendorStubs.blinger().countRequestsMatching(
                getRequestedFor(urlEqualTo(BLINGER_AGENTS)).build()).getCount());
    }

    @Test
    void transientFailuresOfReadsAreRetried() {
        WireMockServer blinger = VendorStubs.blinger();
        blinger.stubFor(get(urlEqualTo(BLINGER_AGENTS)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("once"));
        blinger.stubFor(get(urlEqualTo(BLINGER_AGENTS)).inScenario("flaky").whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("twice"));
        blinger.stubFor(get(urlEqualTo(BLINGER_AGENTS)).inScenario("flaky").whenScenarioStateIs("twice")
                .willReturn(okJson("{\"status\":200,\"data\":[{\"id\":\"b1\",\"name\":\"Vadim\"}]}")));

        agentsOf("vendor: BLINGER")
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://blinger/Agent/b1"));
        assertEquals(3, blinger.getAllServeEvents().size());
    }

    @Test
    void aOneOff429IsRetriedAfterTheWaitTheVendorAsksFor() {
        WireMockServer gladly = VendorStubs.gladly();
        gladly.stubFor(get(urlEqualTo(GLADLY_AGENTS)).inScenario("limited").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("allowed"));
        gladly.stubFor(get(urlEqualTo(GLADLY_AGENTS)).inScenario("limited").whenScenarioStateIs("allowed")
                .willReturn(okJson("[{\"id\":\"g1\",\"name\":\"Lena Ortiz\"}]")));

        agentsOf("vendor: GLADLY")
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://gladly/Agent/g1"));
        assertEquals(2, gladly.getAllServeEvents().size());
    }

    @Test
    void retriesEndAndTheFailureIsReported() {
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS)).willReturn(aResponse().withStatus(429)));

        agentsOf("vendor: BLINGER")
                .body("errors[0].extensions.code", is("VENDOR_RATE_LIMITED"))
                .body("errors[0].extensions.vendor", is("BLINGER"));
        assertEquals(3, VendorStubs.blinger().getAllServeEvents().size(), "one call and two retries");
    }

    @Test
    void refusalsAreNotRetried() {
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS)).willReturn(aResponse().withStatus(401)));

        agentsOf("vendor: BLINGER").body("errors[0].extensions.code", is("VENDOR_AUTH_FAILED"));
        assertEquals(1, VendorStubs.blinger().getAllServeEvents().size());
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenFailsFast() {
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS)).willReturn(aResponse().withStatus(500)));
        query("{ vendors { vendor circuit } }").body("data.vendors.find { it.vendor == 'BLINGER' }.circuit",
                is("CLOSED"));

        agentsOf("vendor: BLINGER").body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"));
        agentsOf("vendor: BLINGER").body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"));
        int callsWhenOpen = VendorStubs.blinger().getAllServeEvents().size();

        query("{ vendors { vendor circuit lastError } }")
                .body("data.vendors.find { it.vendor == 'BLINGER' }.circuit", is("OPEN"))
                .body("data.vendors.find { it.vendor == 'GLADLY' }.circuit", is("CLOSED"));
        query("{ agents(vendor: GLADLY) { edges { node { id } } } b: agents(vendor: BLINGER) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", contains("gid://gladly/Agent/g1"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].message", containsString("circuit is open"));
        assertEquals(callsWhenOpen, VendorStubs.blinger().getAllServeEvents().size(), "an open circuit calls nobody");
    }

    @Test
    void theCircuitClosesAgainWhenTheVendorRecovers() throws InterruptedException {
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS)).willReturn(aResponse().withStatus(500)));
        agentsOf("vendor: BLINGER");
        agentsOf("vendor: BLINGER");
        query("{ vendors { vendor circuit } }").body("data.vendors.find { it.vendor == 'BLINGER' }.circuit",
                is("OPEN"));

        healthyVendors();
        VendorStubs.blinger().resetRequests();
        Thread.sleep(600); // the profile's circuit delay is 0.5 s
        agentsOf("vendor: BLINGER").body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://blinger/Agent/b1"));
    }

    @Test
    void notFoundDoesNotCountAgainstAVendor() {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(BLINGER_AGENTS + "/nobody"))
                .willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 6; i++) {
            query("{ agent(id: \"gid://blinger/Agent/nobody\") { id } }")
                    .body("errors[0].extensions.code", is("NOT_FOUND"));
        }
        query("{ vendors { vendor circuit } }").body("data.vendors.find { it.vendor == 'BLINGER' }.circuit",
                is("CLOSED"));
    }
}
