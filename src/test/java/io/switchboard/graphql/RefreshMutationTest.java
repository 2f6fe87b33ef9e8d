package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * {@code refresh(id:)} end to end: a cached copy is served until the caller asks for a refresh, which drops it and
 * fetches the object once more from its vendor.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class RefreshMutationTest extends EndToEndTestSupport {

    private static final String BLINGER_AGENT = "/api/external/v1/agents/5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String AGENT_ID = "gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String GAGLERS_TOPIC = "/api/v1/topic/36/";
    private static final String WIDGET_ID = "gid://gaglers/ChatWidget/36";

    private static final String ONE_AGENT = """
            query($id: ID!) {
              agent(id: $id) { id name status }
            }
            """;

    private static final String ONE_WIDGET = """
            query($id: ID!) {
              chatWidget(id: $id) { id name operators { id } }
            }
            """;

    private static final String REFRESH = """
            mutation($id: ID!) {
              refresh(id: $id) {
                id
                ... on Agent { agentName: name status }
                ... on ChatWidget { widgetName: name operators { id } }
              }
            }
            """;

    WireMockServer blinger;
    WireMockServer gaglers;

    @BeforeEach
    void findTheStubs() {
        blinger = VendorStubs.blinger();
        gaglers = VendorStubs.gaglers();
    }

    @Test
    void aBlingerAgentShowsItsChangeAfterARefreshAndNotBefore() {
        blinger.stubFor(get(urlEqualTo(BLINGER_AGENT)).willReturn(file("agent.json")));
        query(ONE_AGENT, Map.of("id", AGENT_ID))
                .body("data.agent.name", is("Vadim Belorusov"))
                .body("data.agent.status", is("ONLINE"));

        // The agent changed at Blinger; the cached copy still answers.
        blinger.stubFor(get(urlEqualTo(BLINGER_AGENT)).willReturn(okJson("""
                {"status": 200, "data": {"id": "5475272c-3bc0-40e9-83c4-0a1cd50bc721", "serviceUserId": "12345",
                 "name": "Vadim Renamed", "status": "offline", "avatar": null, "active": true,
                 "createdAt": 1562230110, "updatedAt": 1562330110}}
                """)));
        query(ONE_AGENT, Map.of("id", AGENT_ID)).body("data.agent.name", is("Vadim Belorusov"));
        blinger.verify(1, getRequestedFor(urlEqualTo(BLINGER_AGENT)));

        query(REFRESH, Map.of("id", AGENT_ID))
                .body("errors", nullValue())
                .body("data.refresh.id", is(AGENT_ID))
                .body("data.refresh.agentName", is("Vadim Renamed"))
                .body("data.refresh.status", is("OFFLINE"));
        blinger.verify(2, getRequestedFor(urlEqualTo(BLINGER_AGENT)));

        // The fresh copy is the one kept.
        query(ONE_AGENT, Map.of("id", AGENT_ID))
                .body("data.agent.name", is("Vadim Renamed"))
                .body("data.agent.status", is("OFFLINE"));
        blinger.verify(2, getRequestedFor(urlEqualTo(BLINGER_AGENT)));
    }

    @Test
    void aGaglersChatWidgetShowsItsChangeAfterARefreshAndNotBefore() {
        gaglers.stubFor(get(urlEqualTo(GAGLERS_TOPIC)).willReturn(file("topic-36.json")));
        query(ONE_WIDGET, Map.of("id", WIDGET_ID)).body("data.chatWidget.name", is("My Great Clinic"));

        gaglers.stubFor(get(urlEqualTo(GAGLERS_TOPIC)).willReturn(okJson("""
                {"name": "My Greater Clinic", "onlineoperators": [], "operators": [],
                 "resource_uri": "/api/v1/topic/36/", "site_url": "http://www.mywebsite.com", "topicid": 36}
                """)));
        query(ONE_WIDGET, Map.of("id", WIDGET_ID)).body("data.chatWidget.name", is("My Great Clinic"));
        gaglers.verify(1, getRequestedFor(urlEqualTo(GAGLERS_TOPIC)));

        query(REFRESH, Map.of("id", WIDGET_ID))
                .body("errors", nullValue())
                .body("data.refresh.id", is(WIDGET_ID))
                .body("data.refresh.widgetName", is("My Greater Clinic"))
                .body("data.refresh.operators", hasSize(0));
        gaglers.verify(2, getRequestedFor(urlEqualTo(GAGLERS_TOPIC)));

        query(ONE_WIDGET, Map.of("id", WIDGET_ID)).body("data.chatWidget.name", is("My Greater Clinic"));
        gaglers.verify(2, getRequestedFor(urlEqualTo(GAGLERS_TOPIC)));
    }

    @Test
    void refreshingAnObjectTheVendorNoLongerHasIsNotFound() {
        blinger.stubFor(get(urlEqualTo(BLINGER_AGENT)).willReturn(file("agent.json")));
        query(ONE_AGENT, Map.of("id", AGENT_ID)).body("data.agent.name", is("Vadim Belorusov"));

        blinger.stubFor(get(urlEqualTo(BLINGER_AGENT)).willReturn(aResponse().withStatus(404)));
        query(REFRESH, Map.of("id", AGENT_ID))
                .body("data.refresh", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("BLINGER"));

        // The dropped copy does not come back.
        query(ONE_AGENT, Map.of("id", AGENT_ID))
                .body("data.agent", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void aMalformedIdIsBadUserInputBeforeAnyCall() {
        for (String id : new String[] { "nope", "gid://blinger/Agent/", "gid://acme/Agent/1", "gid://blinger/Robot/1",
                "gid://blinger/Agent/a/b" }) {
            query(REFRESH, Map.of("id", id))
                    .body("data.refresh", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.inputPath", contains("id"))
                    .body("errors[0].path", contains("refresh"));
        }
        // A well-formed id of a kind that is only ever read through its parent cannot be refreshed alone.
        query(REFRESH, Map.of("id", "gid://gaglers/Message/1"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("id"));

        for (Vendor vendor : Vendor.values()) {
            VendorStubs.server(vendor).verify(0, anyRequestedFor(anyUrl()));
        }
    }
}
