package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.agentRow;
import static io.switchboard.testing.GbTalkStubs.callOf;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GbTalkStubs.success;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static io.switchboard.testing.VendorCalls.assertNoCalls;
import static io.switchboard.testing.VendorCalls.resetRequestJournals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

/**
 * {@code agents}, {@code agent(id:)} and {@code Agent.conversations} end to end: GraphQL in, the real adapters out
 * to WireMock stubs of the four vendors.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class AgentQueriesTest extends EndToEndTestSupport {

    private static final String AGENT_TYPES = "[\"agent\",\"admin\"]";

    private static final String LENA = "gid://gladly/Agent/Vb7Qm2LxS0eYt1uNcRkP4w";
    private static final String AMY = "gid://gladly/Agent/WmeA3Y51Q5ayCAaZ1AotIA";
    private static final String MARCUS = "gid://gladly/Agent/Kq2Lm8NpR4sT6uVwX0yZ1a";
    private static final String ADA = "gid://gbtalk/Agent/15";
    private static final String BRUCE = "gid://gbtalk/Agent/12";
    private static final String KEMAL = "gid://gbtalk/Agent/9";
    private static final String VADIM_ID = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String VADIM = "gid://blinger/Agent/" + VADIM_ID;
    private static final String OLGA = "gid://blinger/Agent/c671d030-584e-4422-8710-9215c04b6a64";
    private static final String PETR = "gid://blinger/Agent/e0d1c2b3-a4f5-4e6d-8c7b-9a0f1e2d3c4b";
    private static final String AUGUSTUS = "gid://gaglers/Agent/573";

    private static final String AGENT_FIELDS = """
            id vendor remoteId name email username avatarUrl status active createdAt updatedAt
            """;

    // ------------------------------------------------------------------ agents: the merged list

    @Test
    void agentsMergesTheVendorsInOrderWithEveryFieldMapped() {
        stubAllAgentLists();
        seeGaglersAgent573();

        query("""
                {
                  agents(first: 100) {
                    edges { cursor node { %s } }
                    pageInfo { hasNextPage endCursor }
                    totalCount
                  }
                }
                """.formatted(AGENT_FIELDS))
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains(LENA, AMY, MARCUS, ADA, BRUCE, KEMAL, VADIM, OLGA, PETR,
                        AUGUSTUS))
                .body("data.agents.pageInfo.hasNextPage", is(false))
                .body("data.agents.totalCount", nullValue())
                // Gladly: name and email only
                .body("data.agents.edges[1].node", is(agent(AMY, "GLADLY", "WmeA3Y51Q5ayCAaZ1AotIA", "Amy Agent",
                        "amy.agent@acme-outdoor.com", null, null, "UNKNOWN", null, null, null)))
                // GB Talk: first + last name, email doubling as username, online from get-online-users
                .body("data.agents.edges[3].node", is(agent(ADA, "GBTALK", "15", "Ada Moreau",
                        "ada.moreau@gbtalk.test", "ada.moreau@gbtalk.test",
                        "https://chat.gbtalk.test/script/uploads/ada.png", "ONLINE", null, "2020-05-13T08:58:18Z",
                        null)))
                .body("data.agents.edges[4].node.status", is("OFFLINE"))
                .body("data.agents.edges[5].node.name", is("Kemal"))
                .body("data.agents.edges[5].node.avatarUrl", nullValue())
                // Blinger: avatar.url.default, status, active, epoch seconds
                .body("data.agents.edges[6].node", is(agent(VADIM, "BLINGER", VADIM_ID, "Vadim Belorusov", null,
                        null, "http://static.widget.blinger.io/91/44/41/"
                                + "914441a96b85c57f9ae26a2376154c82dd55b9f6cb33ea2b038db8057b8db04a.jpeg",
                        "ONLINE", true, "2019-07-04T08:48:30Z", "2019-07-04T09:03:19Z")))
                .body("data.agents.edges[7].node.status", is("OFFLINE"))
                .body("data.agents.edges[7].node.active", is(false))
                .body("data.agents.edges[8].node.status", is("UNKNOWN"))
                .body("data.agents.edges[8].node.avatarUrl", nullValue())
                // Gaglers: nickname, email, username, avatar_url; no status without a widget
                .body("data.agents.edges[9].node", is(agent(AUGUSTUS, "GAGLERS", "573", "Augustus",
                        "augustus.franklin@gmail.com", "augustus.franklin@gmail.com",
                        "https://twimg0-a.akamaihd.net/profile_images/1463564988/profile.jpg", "UNKNOWN", null, null,
                        null)));
    }

    @Test
    void everyVendorReceivesItsOwnCredentials() {
        stubAllAgentLists();
        seeGaglersAgent573();

        query("{ agents { edges { node { id } } } }").body("errors", nullValue());

        assertEveryRequestCarries(Vendor.GLADLY, "Authorization", VendorAuth.GLADLY);
        assertEveryRequestCarries(Vendor.BLINGER, "Authorization", VendorAuth.BLINGER);
        assertEveryRequestCarries(Vendor.GAGLERS, "Authorization", VendorAuth.GAGLERS);
        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/agents")));
        VendorStubs.blinger().verify(1, getRequestedFor(urlPathEqualTo("/api/external/v1/agents")));
        VendorStubs.gaglers().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/user/573/")));
        // GB Talk takes the admin token as a form field, never as a header
        int gbtalkCalls = VendorStubs.gbtalk().getAllServeEvents().size();
        assertEquals(2, gbtalkCalls, "get-users and get-online-users");
        VendorStubs.gbtalk().verify(gbtalkCalls, postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT))
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN)));
        VendorStubs.gbtalk().verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo(
                VendorStubs.GBTALK_TOKEN)));
        VendorStubs.gbtalk().verify(1, callOf("get-users").withFormParam("user_types", equalTo(AGENT_TYPES))
                .withFormParam("pagination", equalTo("0")));
        VendorStubs.gbtalk().verify(1, callOf("get-online-users").withFormParam("agents", equalTo("true")));
    }

    @Test
    void theVendorArgumentAsksOnlyThatVendor() {
        stubAllAgentLists();

        query("""
                { agents(vendor: BLINGER) { edges { node { id vendor } } totalCount pageInfo { hasNextPage } } }
                """)
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains(VADIM, OLGA, PETR))
                .body("data.agents.totalCount", is(3))
                .body("data.agents.pageInfo.hasNextPage", is(false));

        assertNoCalls(Vendor.GLADLY, Vendor.GBTALK, Vendor.GAGLERS);
    }

    @Test
    void gaglersListsOnlyTheAgentsTheStoreHasSeen() {
        query("{ agents(vendor: GAGLERS) { edges { node { id } } } }")
                .body("errors", nullValue())
                .body("data.agents.edges", empty());

        seeGaglersAgent573();
        VendorStubs.gaglers().resetRequests();

        query("{ agents(vendor: GAGLERS) { edges { node { id name } } } }")
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains(AUGUSTUS))
                .body("data.agents.edges[0].node.name", is("Augustus"));
        assertNoCalls(Vendor.GAGLERS);
    }

    @Test
    void theStatusArgumentFiltersAcrossVendors() {
        stubAllAgentLists();
        seeGaglersAgent573();

        query("{ agents(status: ONLINE) { edges { node { id status } } pageInfo { hasNextPage } } }")
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains(ADA, VADIM))
                .body("data.agents.pageInfo.hasNextPage", is(false));
        query("{ agents(status: OFFLINE) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", contains(BRUCE, KEMAL, OLGA));
        query("{ agents(status: UNKNOWN) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", contains(LENA, AMY, MARCUS, PETR, AUGUSTUS));
        query("{ agents(vendor: GBTALK, status: ONLINE) { edges { node { id } } } }")
                .body("data.agents.edges.node.id", contains(ADA));
    }

    @Test
    void pagingWalksTheWholeMergedListAcrossGbTalkPages() {
        stubAllAgentLists();
        // GB Talk: a full page of 100 agents, then the short page of the fixture
        stub(function("get-users").withFormParam("pagination", equalTo("0")),
                json(200, success(100, i -> agentRow(1000 + i))));
        stub(function("get-users").withFormParam("pagination", equalTo("1")),
                file("get-users-agents.json"));
        seeGaglersAgent573();
        List<String> expected = new ArrayList<>(List.of(LENA, AMY, MARCUS));
        IntStream.range(1000, 1100).forEach(id -> expected.add("gid://gbtalk/Agent/" + id));
        expected.addAll(List.of(ADA, BRUCE, KEMAL, VADIM, OLGA, PETR, AUGUSTUS));

        assertEquals(expected, walk(List.of(7)), "pages of 7");
        // cursors at a vendor's end (3), at the end of GB Talk's first page (103) and at the list's end (110)
        assertEquals(expected, walk(List.of(3, 100, 5, 2)), "pages that end on vendor and GB Talk page boundaries");

        List<RequestPatternBuilder> pages = List.of(
                callOf("get-users").withFormParam("pagination", equalTo("0")),
                callOf("get-users").withFormParam("pagination", equalTo("1")));
        // both walks read GB Talk's two pages once: later requests are served by the store
        pages.forEach(page -> VendorStubs.gbtalk().verify(1, page.withFormParam("user_types", equalTo(AGENT_TYPES))
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN))));
        VendorStubs.gbtalk().verify(2, callOf("get-online-users"));
    }

    @Test
    void pagingPastTheEndGivesAnEmptyLastPage() {
        stubAllAgentLists();

        String end = query("{ agents(first: 9) { pageInfo { hasNextPage endCursor } } }")
                .body("data.agents.pageInfo.hasNextPage", is(false))
                .extract().path("data.agents.pageInfo.endCursor");

        query("""
                query($after: String) { agents(first: 5, after: $after) {
                  edges { node { id } } pageInfo { hasNextPage endCursor } } }
                """, Map.of("after", end))
                .body("errors", nullValue())
                .body("data.agents.edges", empty())
                .body("data.agents.pageInfo.hasNextPage", is(false))
                .body("data.agents.pageInfo.endCursor", nullValue());
    }

    @Test
    void aSecondIdenticalQueryWithinTheTtlCallsNoVendor() {
        stubAllAgentLists();
        seeGaglersAgent573();
        String document = "{ agents { edges { cursor node { %s } } } }".formatted(AGENT_FIELDS);
        Object first = query(document).body("errors", nullValue()).extract().path("data");
        resetRequestJournals();

        Object second = query(document).body("errors", nullValue()).extract().path("data");

        assertEquals(first, second);
        assertNoCalls(Vendor.values());
    }

    // ------------------------------------------------------------------ agent(id:)

    @Test
    void agentByIdFetchesJustThatAgentFromEachVendor() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/agents/WmeA3Y51Q5ayCAaZ1AotIA"))
                .willReturn(file("agent.json")));
        stub(function("get-users"), file("get-users-by-ids-agents.json"));
        stub(function("get-online-users"), file("get-online-users-agents.json"));
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents/" + VADIM_ID))
                .willReturn(file("agent.json")));
        stubGaglersUser("573", "user-573.json");

        String document = "query($id: ID!) { agent(id: $id) { %s } }".formatted(AGENT_FIELDS);
        query(document, Map.of("id", AMY))
                .body("errors", nullValue())
                .body("data.agent", is(agent(AMY, "GLADLY", "WmeA3Y51Q5ayCAaZ1AotIA", "Amy Agent",
                        "amy.agent@acme-outdoor.com", null, null, "UNKNOWN", null, null, null)));
        query(document, Map.of("id", BRUCE))
                .body("errors", nullValue())
                .body("data.agent", is(agent(BRUCE, "GBTALK", "12", "Bruce Peterson", "bruce@gbtalk.test",
                        "bruce@gbtalk.test", "https://chat.gbtalk.test/script/uploads/agent.svg", "OFFLINE", null,
                        "2020-04-02T17:30:05Z", null)));
        query(document, Map.of("id", VADIM))
                .body("errors", nullValue())
                .body("data.agent.name", is("Vadim Belorusov"))
                .body("data.agent.status", is("ONLINE"))
                .body("data.agent.active", is(true))
                .body("data.agent.createdAt", is("2019-07-04T08:48:30Z"));
        query(document, Map.of("id", AUGUSTUS))
                .body("errors", nullValue())
                .body("data.agent.name", is("Augustus"))
                .body("data.agent.username", is("augustus.franklin@gmail.com"));

        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/agents/WmeA3Y51Q5ayCAaZ1AotIA"))
                .withHeader("Authorization", equalTo(VendorAuth.GLADLY)));
        VendorStubs.gladly().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/agents")));
        VendorStubs.gbtalk().verify(1, callOf("get-users").withFormParam("user_ids", equalTo("[\"12\"]"))
                .withoutFormParam("user_types").withoutFormParam("extra")
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN)));
        VendorStubs.blinger().verify(1, getRequestedFor(urlPathEqualTo("/api/external/v1/agents/" + VADIM_ID))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER)));
        VendorStubs.blinger().verify(0, getRequestedFor(urlPathEqualTo("/api/external/v1/agents")));
        VendorStubs.gaglers().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/user/573/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
    }

    @Test
    void anAgentTheVendorDoesNotKnowIsNullWithNotFound() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/agents/Nobody0000000000000000"))
                .willReturn(aResponse().withStatus(404)));
        stub(function("get-users"), json(200, "{\"success\": true, \"response\": []}"));
        stub(function("get-online-users"), file("get-online-users-agents.json"));
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents/nobody"))
                .willReturn(aResponse().withStatus(404)));
        VendorStubs.gaglers().stubFor(get(urlPathEqualTo("/api/v1/user/404/")).willReturn(aResponse().withStatus(404)));

        Map<String, String> unknown = Map.of(
                "gid://gladly/Agent/Nobody0000000000000000", "GLADLY",
                "gid://gbtalk/Agent/999", "GBTALK",
                "gid://blinger/Agent/nobody", "BLINGER",
                "gid://gaglers/Agent/404", "GAGLERS");
        unknown.forEach((id, vendor) -> query("""
                query($id: ID!) { agent(id: $id) { id name } }
                """, Map.of("id", id))
                .body("data.agent", nullValue())
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is(vendor))
                .body("errors[0].path", contains("agent")));
        Arrays.stream(Vendor.values()).forEach(vendor -> assertTrue(
                VendorStubs.server(vendor).getAllServeEvents().size() > 0, vendor + " was asked"));
    }

    @Test
    void aGbTalkCustomerIdIsNoAgent() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));
        stub(function("get-online-users"), file("get-online-users-agents.json"));

        // user 802 exists in GB Talk, but as a lead
        query("{ agent(id: \"gid://gbtalk/Agent/802\") { id } }")
                .body("data.agent", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GBTALK"));
    }

    // ------------------------------------------------------------------ Agent.conversations

    @Test
    void aGbTalkAgentsConversationsComeFromGetUserConversations() {
        stubBrucesConversations();

        query("""
                {
                  agent(id: "gid://gbtalk/Agent/12") {
                    name
                    conversations {
                      edges { node { id vendor remoteId status } }
                      pageInfo { hasNextPage }
                    }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.agent.name", is("Bruce Peterson"))
                .body("data.agent.conversations.edges.node.id",
                        contains("gid://gbtalk/Conversation/995", "gid://gbtalk/Conversation/951"))
                .body("data.agent.conversations.edges.node.status", contains("CLOSED", "OPEN"))
                .body("data.agent.conversations.pageInfo.hasNextPage", is(false));

        VendorStubs.gbtalk().verify(1, callOf("get-user-conversations").withFormParam("user_id", equalTo("12"))
                .withFormParam("agents", equalTo("true"))
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN)));
        VendorStubs.gbtalk().verify(1, callOf("get-agents-in-conversation")
                .withFormParam("conversation_id", equalTo("[\"995\",\"951\"]")));
    }

    @Test
    void aConversationOpenedFromAnAgentsListStillKnowsItsCustomer() {
        stubBrucesConversations();
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("995")),
                file("e2e-people-get-conversation-995.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"805\"]")), json(200, """
                {"success": true, "response": [{"id": "805", "first_name": "Don", "last_name": "John",
                    "email": "don.john@example.test", "user_type": "user", "details": []}]}
                """));
        String conversation = """
                { conversation(id: "gid://gbtalk/Conversation/995") { title createdAt customer { id } } }
                """;
        query(conversation)
                .body("errors", nullValue())
                .body("data.conversation.title", is("Missing delivery"))
                .body("data.conversation.createdAt", is("2020-05-12T17:02:11Z"))
                .body("data.conversation.customer.id", is("gid://gbtalk/Customer/805"));

        // The list row of 995 is the agent's last message: it has no title and cannot tell the customer
        query("{ agent(id: \"gid://gbtalk/Agent/12\") { conversations { edges { node { id } } } } }")
                .body("errors", nullValue());

        query(conversation)
                .body("errors", nullValue())
                .body("data.conversation.title", is("Missing delivery"))
                .body("data.conversation.createdAt", is("2020-05-12T17:02:11Z"))
                .body("data.conversation.customer.id", is("gid://gbtalk/Customer/805"));
    }

    @Test
    void aBlingerAgentHasNoConversations() {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents/" + VADIM_ID))
                .willReturn(file("agent.json")));

        query("""
                query($id: ID!) {
                  agent(id: $id) { name conversations { edges { cursor } pageInfo { hasNextPage endCursor } } }
                }
                """, Map.of("id", VADIM))
                .body("errors", nullValue())
                .body("data.agent.name", is("Vadim Belorusov"))
                .body("data.agent.conversations.edges", empty())
                .body("data.agent.conversations.pageInfo.hasNextPage", is(false));

        VendorStubs.blinger().verify(1, anyRequestedFor(anyUrl()));
        assertNoCalls(Vendor.GLADLY, Vendor.GBTALK, Vendor.GAGLERS);
    }

    // ------------------------------------------------------------------ helpers

    /** Gladly, GB Talk (one short page), Blinger: each vendor's agent list from the adapter tests' fixtures. */
    private static void stubAllAgentLists() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/agents")).willReturn(file("agents.json")));
        stub(function("get-users").withFormParam("user_types", equalTo(AGENT_TYPES)),
                file("get-users-agents.json"));
        stub(function("get-online-users"), file("get-online-users-agents.json"));
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents")).willReturn(file("agents.json")));
    }

    /** GB Talk agent 12, Bruce, and the conversations get-user-conversations lists for him: 995 and 951. */
    private static void stubBrucesConversations() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));
        stub(function("get-online-users"), file("get-online-users-agents.json"));
        stub(function("get-user-conversations"), file("get-user-conversations-agent.json"));
        stub(function("get-agents-in-conversation"), json(200, """
                {"success": true, "response": {"995": [{"id": 12, "first_name": "Bruce", "last_name": "Peterson",
                    "profile_image": "", "conversation_id": 995}]}}
                """));
    }

    /** Gaglers cannot list agents: fetching one by id is how Switchboard comes to know it. */
    private static void seeGaglersAgent573() {
        stubGaglersUser("573", "user-573.json");
        query("{ agent(id: \"gid://gaglers/Agent/573\") { id } }")
                .body("errors", nullValue())
                .body("data.agent.id", is(AUGUSTUS));
    }

    private static void stubGaglersUser(String id, String fixture) {
        VendorStubs.gaglers().stubFor(get(urlPathEqualTo("/api/v1/user/" + id + "/")).willReturn(file(fixture)));
    }

    /** Follows endCursor with the given page sizes (the last repeating) until hasNextPage is false. */
    private static List<String> walk(List<Integer> sizes) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int request = 0; request < 50; request++) {
            Map<String, Object> variables = new HashMap<>();
            int size = sizes.get(Math.min(request, sizes.size() - 1));
            variables.put("first", size);
            variables.put("after", after);
            ValidatableResponse response = query("""
                    query($first: Int, $after: String) {
                      agents(first: $first, after: $after) {
                        edges { cursor node { id } }
                        pageInfo { hasNextPage endCursor }
                      }
                    }
                    """, variables).body("errors", nullValue());
            List<String> page = response.extract().path("data.agents.edges.node.id");
            List<String> cursors = response.extract().path("data.agents.edges.cursor");
            boolean hasNextPage = response.extract().path("data.agents.pageInfo.hasNextPage");
            String endCursor = response.extract().path("data.agents.pageInfo.endCursor");
            assertFalse(page.isEmpty(), "a page before the end is never empty");
            assertTrue(page.size() == size || !hasNextPage, "only the last page may be short");
            assertEquals(cursors.get(cursors.size() - 1), endCursor);
            ids.addAll(page);
            if (!hasNextPage) {
                assertEquals(ids.size(), new LinkedHashSet<>(ids).size(), "no agent twice: " + ids);
                return ids;
            }
            after = endCursor;
        }
        throw new AssertionError("the walk did not end: " + ids);
    }

    private static Map<String, Object> agent(String id, String vendor, String remoteId, String name, String email,
            String username, String avatarUrl, String status, Boolean active, String createdAt, String updatedAt) {
        Map<String, Object> agent = new HashMap<>();
        agent.put("id", id);
        agent.put("vendor", vendor);
        agent.put("remoteId", remoteId);
        agent.put("name", name);
        agent.put("email", email);
        agent.put("username", username);
        agent.put("avatarUrl", avatarUrl);
        agent.put("status", status);
        agent.put("active", active);
        agent.put("createdAt", createdAt);
        agent.put("updatedAt", updatedAt);
        return agent;
    }

    private static void assertEveryRequestCarries(Vendor vendor, String header, String value) {
        int requests = VendorStubs.server(vendor).getAllServeEvents().size();
        assertTrue(requests > 0, vendor + " was called");
        VendorStubs.server(vendor).verify(requests, anyRequestedFor(anyUrl()).withHeader(header, equalTo(value)));
    }
}
