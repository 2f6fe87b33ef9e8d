package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

/**
 * {@code createAgent} and {@code updateAgent} against Blinger end to end: GraphQL documents in, the real Blinger
 * adapter out to WireMock ({@code POST /agents}, {@code PUT /agents/{id}}), with the store kept consistent and client
 * mutation ids honoured.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BlingerMutationsTest extends EndToEndTestSupport {

    private static final String AGENTS = "/api/external/v1/agents";
    private static final String VADIM = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String CREATED = "c2e53dee-ad8d-45dc-909a-465746932f11";
    private static final String CREATED_AVATAR = "http://static.widget.blinger.io/1c/a8/7a/"
            + "405bb573328256eebf41c6c99fc1c445271acb9a594bb91fddabc963d1e6ba70.jpeg";

    private static final String AGENT_FIELDS = """
            id vendor remoteId name email username avatarUrl status active createdAt updatedAt
            """;

    private static final String CREATE_AGENT = """
            mutation($input: CreateAgentInput!) {
              createAgent(input: $input) { %s }
            }
            """.formatted(AGENT_FIELDS);

    private static final String UPDATE_AGENT = """
            mutation($id: ID!, $input: UpdateAgentInput!) {
              updateAgent(id: $id, input: $input) { %s }
            }
            """.formatted(AGENT_FIELDS);

    private static final String BLINGER_AGENTS = """
            {
              agents(vendor: BLINGER) { edges { node { id name status active } } totalCount }
            }
            """;

    private static final String ONE_AGENT = """
            query($id: ID!) {
              agent(id: $id) { id name status active }
            }
            """;

    WireMockServer blinger;

    @BeforeEach
    void findTheStub() {
        blinger = VendorStubs.blinger();
    }

    @Test
    void createAgentPostsTheAgentToBlingerAndAnswersItAsBlingerHoldsIt() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));

        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", "Vadim Belorusov",
                "avatarUrl", "https://cdn.example.test/vadim.jpeg", "status", "ONLINE", "active", true,
                "serviceUserId", "12345")))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://blinger/Agent/" + CREATED))
                .body("data.createAgent.vendor", is("BLINGER"))
                .body("data.createAgent.remoteId", is(CREATED))
                .body("data.createAgent.name", is("Vadim Belorusov"))
                .body("data.createAgent.email", nullValue())
                .body("data.createAgent.username", nullValue())
                .body("data.createAgent.avatarUrl", is(CREATED_AVATAR))
                .body("data.createAgent.status", is("ONLINE"))
                .body("data.createAgent.active", is(true))
                .body("data.createAgent.createdAt", is("2019-07-04T12:38:36Z"));

        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "Vadim Belorusov", "avatar": "https://cdn.example.test/vadim.jpeg",
                         "status": "online", "active": true, "serviceUserId": "12345"}
                        """)));
        blinger.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void createAgentSendsOnlyTheFieldsGiven() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));

        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", "  Vadim Belorusov ")))
                .body("errors", nullValue());

        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS)).withRequestBody(equalToJson("""
                {"name": "Vadim Belorusov"}
                """)));
    }

    @Test
    void anEmailOrAnUnknownStatusIsBadUserInputBeforeAnyCall() {
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", "Vadim",
                "email", "vadim@example.test")))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "email"))
                .body("errors[0].path", contains("createAgent"));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", "Vadim", "status", "UNKNOWN")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "status"));
        query(UPDATE_AGENT, Map.of("id", "gid://blinger/Agent/" + VADIM, "input", Map.of("email", "v@example.test")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "email"));
        query(UPDATE_AGENT, Map.of("id", "gid://blinger/Agent/" + VADIM, "input", Map.of("status", "UNKNOWN")))
                .body("errors[0].extensions.inputPath", contains("input", "status"));

        blinger.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void malformedArgumentsAreBadUserInputBeforeAnyCall() {
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", " ")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "name"));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", "Vadim",
                "avatarUrl", "javascript:alert(1)")))
                .body("errors[0].extensions.inputPath", contains("input", "avatarUrl"));
        query(UPDATE_AGENT, Map.of("id", "gid://blinger/Customer/" + VADIM, "input", Map.of("name", "Vadim")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("id"));
        query(UPDATE_AGENT, Map.of("id", "not-an-id", "input", Map.of("name", "Vadim")))
                .body("errors[0].extensions.inputPath", contains("id"));

        blinger.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void updateAgentPutsTheChangedFieldsAndAnswersTheAgent() {
        blinger.stubFor(put(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-updated.json")));

        query(UPDATE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED,
                "input", Map.of("name", "Vadim B. Belorusov", "status", "OFFLINE", "active", false)))
                .body("errors", nullValue())
                .body("data.updateAgent.id", is("gid://blinger/Agent/" + CREATED))
                .body("data.updateAgent.name", is("Vadim B. Belorusov"))
                .body("data.updateAgent.status", is("OFFLINE"))
                .body("data.updateAgent.active", is(false))
                .body("data.updateAgent.updatedAt", is("2019-07-04T12:53:36Z"));

        blinger.verify(1, putRequestedFor(urlEqualTo(AGENTS + "/" + CREATED))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER))
                .withRequestBody(equalToJson("""
                        {"name": "Vadim B. Belorusov", "status": "offline", "active": false}
                        """)));
    }

    @Test
    void updatingAnAgentBlingerDoesNotKnowIsNotFound() {
        blinger.stubFor(put(urlEqualTo(AGENTS + "/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": 404}")));

        query(UPDATE_AGENT, Map.of("id", "gid://blinger/Agent/gone", "input", Map.of("name", "X")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("BLINGER"));
    }

    @Test
    void theAgentListFetchedBeforeACreateIsFetchedAgainAfterIt() {
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("agents.json")));
        query(BLINGER_AGENTS).body("data.agents.totalCount", is(3));
        query(BLINGER_AGENTS).body("data.agents.totalCount", is(3));
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS))); // the second list came from the store

        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("write-agents-with-created.json")));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "BLINGER", "name", "Vadim Belorusov")))
                .body("errors", nullValue());

        query(BLINGER_AGENTS)
                .body("errors", nullValue())
                .body("data.agents.totalCount", is(4))
                .body("data.agents.edges[3].node.id", is("gid://blinger/Agent/" + CREATED))
                .body("data.agents.edges[3].node.status", is("ONLINE"));
        blinger.verify(2, getRequestedFor(urlEqualTo(AGENTS)));

        // The new agent itself is in the store: asking for it calls nobody.
        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED))
                .body("data.agent.name", is("Vadim Belorusov"));
        blinger.verify(0, getRequestedFor(urlEqualTo(AGENTS + "/" + CREATED)));
    }

    @Test
    void anAgentReadBeforeAnUpdateShowsTheChangeRightAfterIt() {
        blinger.stubFor(get(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-created.json")));
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("write-agents-with-created.json")));
        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED))
                .body("data.agent.status", is("ONLINE"));
        query("{ agents(vendor: BLINGER, status: ONLINE) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", hasItem("gid://blinger/Agent/" + CREATED));

        blinger.stubFor(put(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-updated.json")));
        query(UPDATE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED, "input", Map.of("status", "OFFLINE")))
                .body("errors", nullValue());

        query(ONE_AGENT, Map.of("id", "gid://blinger/Agent/" + CREATED))
                .body("data.agent.name", is("Vadim B. Belorusov"))
                .body("data.agent.status", is("OFFLINE"))
                .body("data.agent.active", is(false));
        blinger.verify(1, getRequestedFor(urlEqualTo(AGENTS + "/" + CREATED)));

        // The cached ONLINE list was dropped: it is fetched again and no longer holds the agent as ONLINE.
        blinger.stubFor(get(urlEqualTo(AGENTS)).willReturn(file("agents.json")));
        query("{ agents(vendor: BLINGER, status: ONLINE) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", not(hasItem("gid://blinger/Agent/" + CREATED)));
        blinger.verify(2, getRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void aReplayWithTheSameClientMutationIdAnswersTheFirstResultWithoutASecondPost() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));
        Map<String, Object> input = input("Vadim Belorusov", UUID.randomUUID().toString());

        query(CREATE_AGENT, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://blinger/Agent/" + CREATED));
        query(CREATE_AGENT, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://blinger/Agent/" + CREATED))
                .body("data.createAgent.avatarUrl", is(CREATED_AVATAR))
                .body("data.createAgent.createdAt", is("2019-07-04T12:38:36Z"));

        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void aClientMutationIdReusedForAnotherAgentIsBadUserInput() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));
        String clientMutationId = UUID.randomUUID().toString();
        query(CREATE_AGENT, Map.of("input", input("Vadim Belorusov", clientMutationId))).body("errors", nullValue());

        query(CREATE_AGENT, Map.of("input", input("Somebody Else", clientMutationId)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("clientMutationId"));

        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void aServerErrorIsUnavailableAndItsReplayReportsItWithoutASecondPost() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(500)));
        Map<String, Object> input = input("Vadim Belorusov", UUID.randomUUID().toString());

        query(CREATE_AGENT, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("BLINGER"));

        // Blinger works again, but whether the first POST created the agent is unknown: no second POST.
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));
        query(CREATE_AGENT, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].message", containsString("unknown"));

        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void aRefusalIsRejectedAndACorrectedRetryWithTheSameIdMayRun() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\": 422, \"message\": \"serviceUserId <i>12345</i> is taken\"}")));
        Map<String, Object> input = input("Vadim Belorusov", UUID.randomUUID().toString());

        query(CREATE_AGENT, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].message", containsString("serviceUserId 12345 is taken"));

        // Nothing was created, so the id is free again.
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));
        query(CREATE_AGENT, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createAgent.remoteId", is(CREATED));
        blinger.verify(2, postRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void gladlyCannotCreateAgents() {
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GLADLY", "name", "Ann Agent")))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GLADLY"));

        for (Vendor vendor : Vendor.values()) {
            VendorStubs.server(vendor).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    private static Map<String, Object> input(String name, String clientMutationId) {
        Map<String, Object> input = new HashMap<>();
        input.put("vendor", "BLINGER");
        input.put("name", name);
        input.put("status", "ONLINE");
        input.put("clientMutationId", clientMutationId);
        return input;
    }
}
