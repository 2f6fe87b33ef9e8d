package io.switchboard.vendor.gaglers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.switchboard.testing.Awaits.await;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.JsonResponses.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GaglersAdapterTest {

    @Inject
    GaglersAdapter adapter;

    WireMockServer gaglers;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        gaglers = VendorStubs.gaglers();
    }

    @Test
    void agentsAreFetchedOneByOneWithTheTrailingSlash() {
        stubFile("/api/v1/user/1/", "user-1.json");
        stubFile("/api/v1/user/573/", "user-573.json");

        Map<String, Agent> agents = await(adapter.getAgents(Set.of("1", "573")));

        assertEquals(Set.of("1", "573"), agents.keySet());
        Agent gaglersUser = agents.get("1");
        assertEquals(Vendor.GAGLERS, gaglersUser.vendor());
        assertEquals("1", gaglersUser.remoteId());
        assertEquals("Gaglers", gaglersUser.name());
        assertEquals("Gaglers_Twitter", gaglersUser.username());
        assertNull(gaglersUser.email());
        assertNull(gaglersUser.avatarUrl());
        assertEquals(AgentStatus.UNKNOWN, gaglersUser.status());
        Agent augustus = agents.get("573");
        assertEquals("Augustus", augustus.name());
        assertEquals("augustus.franklin@gmail.com", augustus.email());
        assertEquals("https://twimg0-a.akamaihd.net/profile_images/1463564988/profile.jpg", augustus.avatarUrl());
        assertEquals(AgentStatus.UNKNOWN, augustus.status());

        for (String path : List.of("/api/v1/user/1/", "/api/v1/user/573/")) {
            gaglers.verify(1, getRequestedFor(urlEqualTo(path))
                    .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
        }
        assertEquals(2, gaglers.getAllServeEvents().size());
    }

    @Test
    void unknownAgentsAreAbsent() {
        stubFile("/api/v1/user/1/", "user-1.json");
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/404/")).willReturn(aResponse().withStatus(404)));

        Map<String, Agent> agents = await(adapter.getAgents(Set.of("1", "404")));

        assertEquals(Set.of("1"), agents.keySet());
    }

    @Test
    void idsThatAreNoGaglersIdsAreAbsentWithoutACall() {
        Map<String, Agent> agents = await(adapter.getAgents(Set.of("abc", "../topic/1", "", " 7")));

        assertTrue(agents.isEmpty());
        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void manyAgentsAreAllFetched() {
        gaglers.stubFor(get(urlPathMatching("/api/v1/user/[0-9]+/")).willReturn(okJson("""
                {"nickname": "Operator", "resource_uri": "/api/v1/user/0/", "username": "op_shop.test"}
                """)));
        Set<String> ids = IntStream.rangeClosed(100, 124).mapToObj(String::valueOf).collect(Collectors.toSet());

        Map<String, Agent> agents = await(adapter.getAgents(ids));

        assertEquals(ids, agents.keySet());
        // Without a userid in the body, each agent keeps the id it was fetched by.
        agents.forEach((id, agent) -> assertEquals(id, agent.remoteId()));
        // one call per agent asked for (counted by path: a late request of an earlier test must not count)
        assertEquals(25, gaglers.countRequestsMatching(
                getRequestedFor(urlPathMatching("/api/v1/user/(10[0-9]|11[0-9]|12[0-4])/")).build()).getCount());
    }

    @Test
    void agentsCannotBeListed() {
        assertFalse(adapter.canListAgents());

        SwitchboardException e = failure(adapter.listAgents(null));

        assertEquals(ErrorCode.UNSUPPORTED_BY_VENDOR, e.code());
        assertEquals(Vendor.GAGLERS, e.vendor());
        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void widgetsAreFetchedOneByOneWithTheirOperators() {
        stubFile("/api/v1/topic/1/", "topic-1.json");
        stubFile("/api/v1/topic/36/", "topic-36.json");

        Map<String, ChatWidget> widgets = await(adapter.getWidgets(Set.of("1", "36")));

        ChatWidget poems = widgets.get("1");
        assertEquals(new ChatWidget(Vendor.GAGLERS, "1", "HindiPoems", "http://www.prayogshala.com", List.of("573"),
                List.of()), poems);
        ChatWidget clinic = widgets.get("36");
        assertEquals("My Great Clinic", clinic.name());
        assertEquals("http://www.mywebsite.com", clinic.siteUrl());
        assertEquals(List.of("3447", "573"), clinic.operatorIds());
        // The fixture lists its online operator as a user object.
        assertEquals(List.of("3447"), clinic.onlineOperatorIds());

        for (String path : List.of("/api/v1/topic/1/", "/api/v1/topic/36/")) {
            gaglers.verify(1, getRequestedFor(urlEqualTo(path))
                    .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
        }
    }

    @Test
    void onlineOperatorsGivenAsIdsAreReadToo() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/5/")).willReturn(okJson("""
                {"name": "Shop", "onlineoperators": [3447, "573"], "operators": [3447, "573", "12"],
                 "resource_uri": "/api/v1/topic/5/", "site_url": "http://shop.test", "topicid": 5}
                """)));

        ChatWidget widget = await(adapter.getWidgets(Set.of("5"))).get("5");

        assertEquals(List.of("3447", "573", "12"), widget.operatorIds());
        assertEquals(List.of("3447", "573"), widget.onlineOperatorIds());
    }

    @Test
    void unknownWidgetsAreAbsent() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/9/")).willReturn(aResponse().withStatus(404)));

        assertTrue(await(adapter.getWidgets(Set.of("9"))).isEmpty());
    }

    @Test
    void accessDeniedIsAnAuthFailure() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/1/")).willReturn(aResponse().withStatus(403)));

        SwitchboardException e = failure(adapter.getAgents(Set.of("1")));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, e.code());
        assertFalse(e.getMessage().contains(VendorStubs.GAGLERS_KEY));
    }

    @Test
    void unauthorizedIsAnAuthFailure() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/1/")).willReturn(aResponse().withStatus(401)));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, failure(adapter.getWidgets(Set.of("1"))).code());
    }

    @Test
    void validationFailureIsRejected() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/1/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"<i>topic</i>\\r\\nis invalid\"}")));

        SwitchboardException e = failure(adapter.getWidgets(Set.of("1")));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("topic is invalid"), e.getMessage());
    }

    @Test
    void failureIsUnavailable() {
        stubFile("/api/v1/user/1/", "user-1.json");
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/2/")).willReturn(aResponse().withStatus(500)));

        // One failed get fails the batch rather than passing the agent off as absent.
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.getAgents(Set.of("1", "2"))).code());
    }

    @Test
    void malformedJsonIsUnavailable() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/1/")).willReturn(okJson("{\"nickname\": \"Gag")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.getAgents(Set.of("1"))).code());
    }

    @Test
    void anEmptyBodyIsUnavailable() {
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/1/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.getWidgets(Set.of("1"))).code());
    }

    private void stubFile(String path, String fixture) {
        gaglers.stubFor(get(urlEqualTo(path)).willReturn(file(fixture)));
    }
}
