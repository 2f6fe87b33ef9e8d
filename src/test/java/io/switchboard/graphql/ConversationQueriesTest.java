package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.sorted;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GladlyStubs.authorizedGet;
import static io.switchboard.testing.GladlyStubs.stubGet;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * The {@code conversations} and {@code conversation} queries end to end: GraphQL in, the real GB Talk and Gladly
 * adapters out to WireMock, every mapped Conversation field back, and the exact requests each vendor received.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class ConversationQueriesTest extends EndToEndTestSupport {

    private static final String PRIYA = "cst-20240311-0042";
    private static final String LENA = "Vb7Qm2LxS0eYt1uNcRkP4w";
    private static final String GLADLY_CONVERSATION = "Cv3nP0qRTa6mW2yZk8LdHg";

    // ------------------------------------------------------------------ conversations

    @Test
    void theInboxIsGbTalksConversationsWithoutAStatusCodeAndGladlyIsLeftOutQuietly() {
        stub("get-conversations", "get-conversations.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        ValidatableResponse response = query("""
                {
                  conversations {
                    totalCount
                    pageInfo { hasNextPage endCursor }
                    edges {
                      cursor
                      node { id vendor remoteId title status channel createdAt topics }
                    }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.conversations.edges.node.id", contains("gid://gbtalk/Conversation/764",
                        "gid://gbtalk/Conversation/763", "gid://gbtalk/Conversation/760"))
                .body("data.conversations.edges.node.vendor", contains("GBTALK", "GBTALK", "GBTALK"))
                .body("data.conversations.edges.node.remoteId", contains("764", "763", "760"))
                .body("data.conversations.edges.node.status", contains("WAITING_ON_AGENT", "WAITING_ON_CUSTOMER",
                        "OPEN"))
                .body("data.conversations.edges.node.channel", contains("CHAT", "WHATSAPP", "OTHER"))
                .body("data.conversations.edges.node.title", contains(null, "Order #5521", null))
                // list rows carry the latest message, not the conversation's start
                .body("data.conversations.edges.node.createdAt", contains(null, null, null))
                .body("data.conversations.edges.node.topics", contains(empty(), empty(), empty()))
                .body("data.conversations.pageInfo.hasNextPage", is(false))
                // two vendors could contribute, and GB Talk does not count its inbox
                .body("data.conversations.totalCount", nullValue());
        List<String> cursors = response.extract().path("data.conversations.edges.cursor");
        assertEquals(3, Set.copyOf(cursors).size(), "each edge has its own cursor");
        assertEquals(cursors.get(2), response.extract().path("data.conversations.pageInfo.endCursor"));

        assertEquals(List.of(form("get-conversations", "pagination", "0")), calls("get-conversations"));
        assertEquals(List.of(form("get-agents-in-conversation", "conversation_id", "[\"764\",\"763\",\"760\"]")),
                calls("get-agents-in-conversation"));
        VendorStubs.gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void statusClosedAsksGbTalkForItsArchive() {
        stub(function("get-conversations").withFormParam("status_code", equalTo("3")),
                file("e2e-conv-archive.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        query("""
                {
                  conversations(status: CLOSED) {
                    edges { node { id status title channel } }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.conversations.edges.node.id", contains("gid://gbtalk/Conversation/1190"))
                .body("data.conversations.edges.node.status", contains("CLOSED"))
                .body("data.conversations.edges.node.title", contains("Missing parcel"))
                .body("data.conversations.edges.node.channel", contains("WHATSAPP"));

        assertEquals(List.of(form("get-conversations", "pagination", "0", "status_code", "3")),
                calls("get-conversations"));
        VendorStubs.gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void statusOpenIsNarrowedFromTheInboxViewThatStatusCodeZeroAnswers() {
        stub(function("get-conversations").withFormParam("status_code", equalTo("0")),
                file("get-conversations.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        query("""
                { conversations(status: OPEN) { edges { node { remoteId status } } } }
                """)
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", contains("760"))
                .body("data.conversations.edges.node.status", contains("OPEN"));

        assertEquals(List.of(form("get-conversations", "pagination", "0", "status_code", "0")),
                calls("get-conversations"));
    }

    @Test
    void searchUsesSearchConversationsAndMapsEveryGbTalkStatusAndChannel() {
        stub("search-conversations", "e2e-conv-search-refund.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        query("""
                query($q: String) {
                  conversations(vendor: GBTALK, search: $q) {
                    totalCount
                    pageInfo { hasNextPage }
                    edges { node { remoteId status channel title } }
                  }
                }
                """, Map.of("q", "  refund "))
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", contains("1205", "1201", "1202", "1203", "1204"))
                .body("data.conversations.edges.node.status", contains("WAITING_ON_AGENT", "OPEN",
                        "WAITING_ON_CUSTOMER", "CLOSED", "TRASHED"))
                .body("data.conversations.edges.node.channel", contains("EMAIL", "CHAT", "TICKET", "FACEBOOK",
                        "TELEGRAM"))
                .body("data.conversations.edges.node.title", contains("Refund not received", null,
                        "Refund for order #6012", "Refund", null))
                .body("data.conversations.pageInfo.hasNextPage", is(false))
                .body("data.conversations.totalCount", is(5));

        // search-conversations has no paging: neither pagination nor status_code is sent
        assertEquals(List.of(form("search-conversations", "search", "refund")),
                calls("search-conversations"));
        assertEquals(List.of(), calls("get-conversations"));
    }

    @Test
    void searchWithAStatusKeepsOnlyThatStatus() {
        stub("search-conversations", "e2e-conv-search-refund.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        query("""
                { conversations(search: "refund", status: TRASHED) { edges { node { remoteId status } } } }
                """)
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", contains("1204"))
                .body("data.conversations.edges.node.status", contains("TRASHED"));

        assertEquals(List.of(form("search-conversations", "search", "refund")),
                calls("search-conversations"));
    }

    @Test
    void askingGladlyForAllItsConversationsIsUnsupported() {
        query("""
                { conversations(vendor: GLADLY) { edges { cursor } pageInfo { hasNextPage } totalCount } }
                """)
                .body("data.conversations.edges", empty())
                .body("data.conversations.pageInfo.hasNextPage", is(false))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].path", contains("conversations"));

        VendorStubs.gladly().verify(0, anyRequestedFor(anyUrl()));
        VendorStubs.gbtalk().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ conversation(id:)

    @Test
    void aGbTalkConversationComesFromGetConversationWithItsCustomerAndAssignee() {
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("946")),
                file("get-conversation-946.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"802\"]")),
                file("get-users-by-ids-customers.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"377\"]")),
                file("e2e-conv-agent-377.json"));
        stub("get-online-users", "get-online-users-agents.json");

        query("""
                {
                  conversation(id: "gid://gbtalk/Conversation/946") {
                    id vendor remoteId title status channel createdAt topics
                    customer { id name type }
                    assignee { id name email status }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.conversation.id", is("gid://gbtalk/Conversation/946"))
                .body("data.conversation.vendor", is("GBTALK"))
                .body("data.conversation.remoteId", is("946"))
                .body("data.conversation.title", is("Refund request"))
                .body("data.conversation.status", is("CLOSED"))
                .body("data.conversation.channel", is("CHAT"))
                .body("data.conversation.createdAt", is("2020-05-04T10:06:30Z"))
                .body("data.conversation.topics", empty())
                .body("data.conversation.customer.id", is("gid://gbtalk/Customer/802"))
                .body("data.conversation.customer.name", is("Don John"))
                .body("data.conversation.customer.type", is("LEAD"))
                .body("data.conversation.assignee.id", is("gid://gbtalk/Agent/377"))
                .body("data.conversation.assignee.name", is("Bruce Peterson"))
                .body("data.conversation.assignee.email", is("bruce.peterson@gbtalk.test"))
                .body("data.conversation.assignee.status", is("OFFLINE"));

        assertEquals(List.of(form("get-conversation", "conversation_id", "946")),
                calls("get-conversation"));
        assertEquals(List.of(form("get-agents-in-conversation", "conversation_id", "[\"946\"]")),
                calls("get-agents-in-conversation"));
        assertEquals(sorted(List.of(form("get-users", "user_ids", "[\"802\"]", "extra", "true"),
                form("get-users", "user_ids", "[\"377\"]"))), sorted(calls("get-users")));
        assertEquals(List.of(form("get-online-users", "agents", "true")), calls("get-online-users"));
    }

    @Test
    void aConversationSeenInTheInboxIsStillFetchedWholeById() {
        stub("get-conversations", "get-conversations.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("763")),
                file("e2e-conv-get-conversation-763.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"633\"]")),
                file("e2e-conv-customer-633.json"));
        String byId = """
                { conversation(id: "gid://gbtalk/Conversation/763") { title createdAt customer { id name } } }
                """;

        // the inbox row of 763 is its latest message, written by an agent: no start time, no customer id
        query("""
                { conversations { edges { node { remoteId createdAt } } } }
                """)
                .body("data.conversations.edges[1].node.remoteId", is("763"))
                .body("data.conversations.edges[1].node.createdAt", nullValue());
        query(byId)
                .body("errors", nullValue())
                .body("data.conversation.title", is("Order #5521"))
                .body("data.conversation.createdAt", is("2020-04-24T10:30:12Z"))
                .body("data.conversation.customer.id", is("gid://gbtalk/Customer/633"))
                .body("data.conversation.customer.name", is("Jessica Brenson"));
        assertEquals(List.of(form("get-conversation", "conversation_id", "763")),
                calls("get-conversation"));

        // the whole conversation is what the store now keeps
        query(byId).body("data.conversation.createdAt", is("2020-04-24T10:30:12Z"));
        assertEquals(1, calls("get-conversation").size());
    }

    @Test
    void aGladlyConversationComesFromGetConversationsById() {
        stubGet("/conversations/" + GLADLY_CONVERSATION, file("conversation.json"));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/agents/" + LENA, file("e2e-conv-agent-lena.json"));

        query("""
                query($id: ID!) {
                  conversation(id: $id) {
                    id vendor remoteId title status channel createdAt topics
                    customer { id name }
                    assignee { id name }
                  }
                }
                """, Map.of("id", "gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("errors", nullValue())
                .body("data.conversation.id", is("gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("data.conversation.vendor", is("GLADLY"))
                .body("data.conversation.remoteId", is(GLADLY_CONVERSATION))
                .body("data.conversation.title", nullValue())
                .body("data.conversation.status", is("OPEN"))
                .body("data.conversation.channel", nullValue())
                .body("data.conversation.createdAt", is("2024-03-12T08:20:11Z"))
                .body("data.conversation.topics", contains("Tp1aB2cD3eF4gH5iJ6kL7m"))
                .body("data.conversation.customer.id", is("gid://gladly/Customer/" + PRIYA))
                .body("data.conversation.customer.name", is("Priya Raman"))
                .body("data.conversation.assignee.id", is("gid://gladly/Agent/" + LENA))
                .body("data.conversation.assignee.name", is("Lena Ortiz"));

        VendorStubs.gladly().verify(1, authorizedGet("/conversations/" + GLADLY_CONVERSATION));
        VendorStubs.gladly().verify(1, authorizedGet("/customer-profiles/" + PRIYA));
        VendorStubs.gladly().verify(1, authorizedGet("/agents/" + LENA));
        VendorStubs.gladly().verify(3, anyRequestedFor(anyUrl()));
        VendorStubs.gbtalk().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void gladlyStatusesAndTopicsMapThroughACustomersConversations() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/customers/" + PRIYA + "/conversations", file("customer-conversations.json"));

        query("""
                query($id: ID!) {
                  customer(id: $id) {
                    conversations { edges { node { id status createdAt topics } } totalCount }
                  }
                }
                """, Map.of("id", "gid://gladly/Customer/" + PRIYA))
                .body("errors", nullValue())
                .body("data.customer.conversations.edges.node.id", contains(
                        "gid://gladly/Conversation/Cv0aZ9yXWb8vU7tS6rQ5pO",
                        "gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("data.customer.conversations.edges.node.status", contains("CLOSED", "WAITING_ON_CUSTOMER"))
                .body("data.customer.conversations.edges.node.createdAt", contains("2024-01-20T14:02:09.118Z",
                        "2024-03-12T08:20:11Z"))
                .body("data.customer.conversations.edges[1].node.topics", contains("Tp1aB2cD3eF4gH5iJ6kL7m",
                        "Tp8nO9pQ0rS1tU2vW3xY4z"))
                .body("data.customer.conversations.totalCount", is(2));

        VendorStubs.gladly().verify(1, authorizedGet("/customers/" + PRIYA + "/conversations"));
    }

    @Test
    void aConversationGbTalkDoesNotKnowIsNotFound() {
        stub("get-conversation", "get-conversation-missing.json");

        query("""
                { conversation(id: "gid://gbtalk/Conversation/947") { id title } }
                """)
                .body("data.conversation", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("conversation"));

        assertEquals(List.of(form("get-conversation", "conversation_id", "947")),
                calls("get-conversation"));
        assertEquals(List.of(), calls("get-agents-in-conversation"));
    }

    @Test
    void aConversationGladlyDoesNotKnowIsNotFound() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/conversations/Nope0000000000000000aa"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBodyFile("error-404-object.json")));

        query("""
                { conversation(id: "gid://gladly/Conversation/Nope0000000000000000aa") { id } }
                """)
                .body("data.conversation", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].path", contains("conversation"));

        VendorStubs.gladly().verify(1, authorizedGet("/conversations/Nope0000000000000000aa"));
    }

    @Test
    void anIdOfAnotherTypeIsBadUserInputWithoutAVendorCall() {
        query("""
                { conversation(id: "gid://gbtalk/Agent/12") { id } }
                """)
                .body("data.conversation", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("conversation"));

        VendorStubs.gbtalk().verify(0, anyRequestedFor(anyUrl()));
    }
}
