package io.switchboard.vendor.blinger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.switchboard.testing.Awaits.await;
import static io.switchboard.testing.Awaits.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BlingerAdapterTest {
    private static final String AGENTS = "/api/external/v1/agents";
    private static final String VADIM = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String OLGA = "c671d030-584e-4422-8710-9215c04b6a64";
    private static final String PETR = "e0d1c2b3-a4f5-4e6d-8c7b-9a0f1e2d3c4b";

    @Inject
    BlingerAdapter adapter;

    WireMockServer blinger;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        blinger = VendorStubs.blinger();
    }

    @Test
    void listAgentsMapsTheWholeListFromOneCall() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBodyFile("agents.json")));

        Page<Agent> page = await(adapter.listAgents(null));

        assertEquals(3, page.items().size());
        assertNull(page.nextPageToken());
        assertEquals(3, page.totalCount());
        Agent vadim = page.items().get(0);
        assertEquals(Vendor.BLINGER, vadim.vendor());
        assertEquals(VADIM, vadim.remoteId());
        assertEquals("Vadim Belorusov", vadim.name());
        assertEquals("http://static.widget.blinger.io/91/44/41/"
                + "914441a96b85c57f9ae26a2376154c82dd55b9f6cb33ea2b038db8057b8db04a.jpeg", vadim.avatarUrl());
        assertEquals(AgentStatus.ONLINE, vadim.status());
        assertEquals(Boolean.TRUE, vadim.active());
        assertEquals(Instant.parse("2019-07-04T08:48:30Z"), vadim.createdAt());
        assertEquals(Instant.parse("2019-07-04T09:03:19Z"), vadim.updatedAt());
        assertNull(vadim.email());
        assertNull(vadim.username());

        Agent olga = page.items().get(1);
        assertEquals(AgentStatus.OFFLINE, olga.status());
        assertEquals(Boolean.FALSE, olga.active());
        Agent petr = page.items().get(2);
        assertEquals(AgentStatus.UNKNOWN, petr.status());
        assertNull(petr.avatarUrl());

        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER)));
    }

    @Test
    void listAgentsRejectsAPageTokenItNeverHandedOut() {
        SwitchboardException e = failure(adapter.listAgents("2"));

        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        assertEquals(0, blinger.getAllServeEvents().size());
    }

    @Test
    void oneAgentIsFetchedOnItsOwn() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + VADIM)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBodyFile("agent.json")));

        Map<String, Agent> agents = await(adapter.getAgents(Set.of(VADIM)));

        assertEquals(Set.of(VADIM), agents.keySet());
        assertEquals("Vadim Belorusov", agents.get(VADIM).name());
        assertEquals(AgentStatus.ONLINE, agents.get(VADIM).status());
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS + "/" + VADIM))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER)));
        blinger.verify(0, getRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void oneUnknownAgentIsAbsent() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/nobody")).willReturn(aResponse().withStatus(404)));

        assertTrue(await(adapter.getAgents(Set.of("nobody"))).isEmpty());
    }

    @Test
    void oneAgentThatTheEnvelopeSaysIsMissingIsAbsent() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/nobody")).willReturn(okJson("""
                {"status": 404, "data": null}
                """)));

        assertTrue(await(adapter.getAgents(Set.of("nobody"))).isEmpty());
    }

    @Test
    void anIdThatWouldLeaveTheAgentPathIsAbsentWithoutACall() {
        assertTrue(await(adapter.getAgents(Set.of(".."))).isEmpty());
        assertTrue(await(adapter.getAgents(Set.of("../agents"))).isEmpty());
        assertEquals(0, blinger.getAllServeEvents().size());
    }

    @Test
    void severalAgentsArePickedFromOneListCall() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBodyFile("agents.json")));

        Map<String, Agent> agents = await(adapter.getAgents(Set.of(VADIM, PETR, "not-a-blinger-agent")));

        assertEquals(Set.of(VADIM, PETR), agents.keySet());
        assertEquals("Petr Shirokov", agents.get(PETR).name());
        assertFalse(agents.containsKey(OLGA));
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER)));
        blinger.verify(0, getRequestedFor(urlMatching(AGENTS + "/.+")));
    }

    @Test
    void noIdsNeedNoCall() {
        assertTrue(await(adapter.getAgents(Set.of())).isEmpty());
        assertEquals(0, blinger.getAllServeEvents().size());
    }

    @Test
    void unauthorizedIsAnAuthFailureThatDoesNotShowTheToken() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\": 401, \"message\": \"Invalid token " + VendorStubs.BLINGER_TOKEN + "\"}")));

        SwitchboardException e = failure(adapter.listAgents(null));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, e.code());
        assertEquals(Vendor.BLINGER, e.vendor());
        assertFalse(e.getMessage().contains(VendorStubs.BLINGER_TOKEN));
    }

    @Test
    void forbiddenIsAnAuthFailure() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + VADIM)).willReturn(aResponse().withStatus(403)));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, failure(adapter.getAgents(Set.of(VADIM))).code());
    }

    @Test
    void serverErrorIsUnavailable() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(500).withBody("oops")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.listAgents(null)).code());
    }

    @Test
    void serverErrorOnASingleGetIsUnavailableNotAbsent() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + VADIM)).willReturn(aResponse().withStatus(503)));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.getAgents(Set.of(VADIM))).code());
    }

    @Test
    void anotherClientErrorIsRejectedWithTheSanitisedMessage() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\": 422, \"message\": \"<b>Company</b> is\\n blocked\"}")));

        SwitchboardException e = failure(adapter.listAgents(null));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("Company is blocked"), e.getMessage());
    }

    @Test
    void aClientErrorWithoutABodyIsRejectedByStatus() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(400).withBody("not json")));

        SwitchboardException e = failure(adapter.listAgents(null));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("HTTP 400"), e.getMessage());
    }

    @Test
    void tooManyRequestsIsRateLimited() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(429)));

        assertEquals(ErrorCode.VENDOR_RATE_LIMITED, failure(adapter.listAgents(null)).code());
    }

    @Test
    void malformedJsonIsUnavailable() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(okJson("{\"status\": 200, \"data\": [{\"id\": ")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.listAgents(null)).code());
    }

    @Test
    void anEnvelopeWithoutDataIsUnavailable() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(okJson("{\"status\": 200}")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.listAgents(null)).code());
    }

    @Test
    void anEnvelopeFailureInsideHttp200MapsLikeTheHttpStatus() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(okJson("""
                {"status": 401, "message": "Unauthorized"}
                """)));
        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, failure(adapter.listAgents(null)).code());

        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(okJson("""
                {"status": 400, "message": "Bad\\tfilter"}
                """)));
        SwitchboardException rejected = failure(adapter.listAgents(null));
        assertEquals(ErrorCode.VENDOR_REJECTED, rejected.code());
        assertTrue(rejected.getMessage().endsWith("Bad filter"), rejected.getMessage());

        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(okJson("""
                {"status": 500, "data": []}
                """)));
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.listAgents(null)).code());
    }
}
