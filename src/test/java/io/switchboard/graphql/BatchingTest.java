package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.switchboard.testing.GbTalkStubs.allCalls;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.sorted;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GladlyStubs.authorizedGet;
import static io.switchboard.testing.GladlyStubs.stubGet;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * Nested fields of a page of conversations cost a bounded number of vendor calls, whatever the page size: one call
 * per vendor and kind of object, never one per row; and the same query again within the cache ttl costs none.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BatchingTest extends EndToEndTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int ROWS = 50;
    private static final int CUSTOMERS = 25;
    private static final int ASSIGNED = 40;
    private static final List<String> AGENTS = List.of("21", "22", "23");

    private static final String PRIYA = "cst-20240311-0042";

    private static final String GBTALK_PAGE = """
            {
              conversations(first: 50) {
                edges {
                  node {
                    remoteId
                    customer { name }
                    assignee { name }
                    lastMessage { body }
                  }
                }
              }
            }
            """;

    @Test
    void aPageOfFiftyGbTalkConversationsWithCustomerAssigneeAndLastMessageCostsFiveCalls() {
        stubGbTalkInbox();

        Map<String, Object> data = query(GBTALK_PAGE)
                .body("errors", nullValue())
                .body("data.conversations.edges", hasSize(ROWS))
                .body("data.conversations.edges.node.remoteId", is(each(this::conversationId)))
                .body("data.conversations.edges.node.customer.name", is(each(i -> "Customer " + customerId(i))))
                .body("data.conversations.edges.collect { it.node.assignee?.name }", is(each(
                        i -> i < ASSIGNED ? "Agent " + agentId(i) : null)))
                .body("data.conversations.edges.node.lastMessage.body", is(each(i -> "Question #" + i)))
                .extract().path("data");

        assertEquals(Map.of("get-conversations", 1L, "get-agents-in-conversation", 1L, "get-users", 2L,
                "get-online-users", 1L), callsPerFunction());
        assertEquals(List.of(form("get-conversations", "pagination", "0")), calls("get-conversations"));
        assertEquals(List.of(form("get-agents-in-conversation", "conversation_id",
                jsonArray(IntStream.range(0, ROWS).mapToObj(this::conversationId).toList()))),
                calls("get-agents-in-conversation"));
        // the customers of 50 rows are 25 people: asked for once each, in one call with their details
        List<String> customerIds = IntStream.range(0, ROWS).mapToObj(this::customerId).distinct().sorted().toList();
        Map<String, String> customersCall = form("get-users", "user_ids", jsonArray(customerIds),
                "extra", "true");
        Map<String, String> assigneesCall = form("get-users", "user_ids", jsonArray(AGENTS));
        assertEquals(sorted(List.of(customersCall, assigneesCall)), sorted(calls("get-users")));
        assertEquals(List.of(form("get-online-users", "agents", "true")), calls("get-online-users"));

        int callsSoFar = allCalls().size();
        Map<String, Object> again = query(GBTALK_PAGE).body("errors", nullValue()).extract().path("data");

        assertEquals(data, again);
        assertEquals(callsSoFar, allCalls().size(), "the same query within the ttl is served from the store");
    }

    @Test
    void theAssigneesOfACustomersGladlyConversationsComeFromOneAgentList() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/customers/" + PRIYA + "/conversations", file("e2e-conv-customer-conversations.json"));
        stubGet("/agents", file("agents.json"));
        String document = """
                query($id: ID!) {
                  customer(id: $id) {
                    name
                    conversations {
                      edges { node { remoteId assignee { id name } } }
                    }
                  }
                }
                """;
        Map<String, Object> variables = Map.of("id", "gid://gladly/Customer/" + PRIYA);

        Map<String, Object> data = query(document, variables)
                .body("errors", nullValue())
                .body("data.customer.name", is("Priya Raman"))
                .body("data.customer.conversations.edges.node.remoteId", contains("Cv0aZ9yXWb8vU7tS6rQ5pO",
                        "Cv1bA0zYXc9wV8uT7sR6qP", "Cv2cB1aZYd0xW9vU8tS7rQ", "Cv3nP0qRTa6mW2yZk8LdHg"))
                .body("data.customer.conversations.edges.collect { it.node.assignee?.name }", contains("Amy Agent",
                        "Lena Ortiz", null, "Lena Ortiz"))
                .body("data.customer.conversations.edges.collect { it.node.assignee?.id }", contains(
                        "gid://gladly/Agent/WmeA3Y51Q5ayCAaZ1AotIA", "gid://gladly/Agent/Vb7Qm2LxS0eYt1uNcRkP4w", null,
                        "gid://gladly/Agent/Vb7Qm2LxS0eYt1uNcRkP4w"))
                .extract().path("data");

        VendorStubs.gladly().verify(1, authorizedGet("/customer-profiles/" + PRIYA));
        VendorStubs.gladly().verify(1, authorizedGet("/customers/" + PRIYA + "/conversations"));
        VendorStubs.gladly().verify(1, authorizedGet("/agents"));
        VendorStubs.gladly().verify(0, getRequestedFor(urlPathMatching("/api/v1/agents/.+")));
        VendorStubs.gladly().verify(3, anyRequestedFor(anyUrl()));

        Map<String, Object> again = query(document, variables).body("errors", nullValue()).extract().path("data");

        assertEquals(data, again);
        VendorStubs.gladly().verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMissingObjectAndAFailingVendorAreEachReportedOnceAtTheRowTheyConcern() {
        stub("search-conversations", "e2e-conv-search-refund.json");
        stub(function("get-agents-in-conversation"), json(200, """
                        {"success": true, "response": {
                          "1202": [{"id": 12, "first_name": "Bruce", "last_name": "Peterson", "conversation_id": 1202}],
                          "1204": [{"id": 15, "first_name": "Ada", "last_name": "Moreau", "conversation_id": 1204}]
                        }}
                        """));
        // customer 812 is gone; the agents cannot be read at all
        stub(function("get-users").withFormParam("extra", equalTo("true")),
                file("e2e-conv-customers-810-813.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"12\",\"15\"]")),
                aResponse().withStatus(500));
        stub("get-online-users", "get-online-users-agents.json");

        query("""
                {
                  conversations(vendor: GBTALK, search: "refund") {
                    edges { node { remoteId customer { name } assignee { name } } }
                  }
                }
                """)
                .body("data.conversations.edges.node.remoteId", contains("1205", "1201", "1202", "1203", "1204"))
                .body("data.conversations.edges.collect { it.node.customer?.name }", contains("Nora Quist",
                        "User #31002", null, null, "User #30877"))
                .body("data.conversations.edges.collect { it.node.assignee }", contains(null, null, null, null, null))
                .body("errors", hasSize(2))
                .body("errors.find { it.extensions.code == 'NOT_FOUND' }.path", contains("conversations", "edges", 3,
                        "node", "customer"))
                .body("errors.find { it.extensions.code == 'NOT_FOUND' }.extensions.vendor", is("GBTALK"))
                .body("errors.find { it.extensions.code == 'NOT_FOUND' }.message", is(
                        "Customer gid://gbtalk/Customer/812 was not found"))
                .body("errors.find { it.extensions.code == 'VENDOR_UNAVAILABLE' }.path", contains("conversations",
                        "edges", 2, "node", "assignee"))
                .body("errors.find { it.extensions.code == 'VENDOR_UNAVAILABLE' }.extensions.vendor", is("GBTALK"));
    }

    // ------------------------------------------------------------------ the GB Talk inbox

    private String conversationId(int row) {
        return String.valueOf(5001 + row);
    }

    /** Two conversations per customer. */
    private String customerId(int row) {
        return String.valueOf(7001 + row % CUSTOMERS);
    }

    private String agentId(int row) {
        return AGENTS.get(row % AGENTS.size());
    }

    private void stubGbTalkInbox() {
        ObjectNode inbox = success();
        ArrayNode rows = inbox.putArray("response");
        for (int i = 0; i < ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", String.valueOf(90000 + i));
            row.put("user_id", customerId(i));
            row.put("message", "Question #" + i);
            row.put("creation_time", "2020-06-10 12:%02d:00".formatted(59 - i));
            row.put("attachments", "");
            row.put("status_code", "0");
            row.put("payload", "");
            row.put("conversation_id", conversationId(i));
            row.put("message_user_type", "visitor");
            row.put("first_name", "Customer");
            row.put("last_name", customerId(i));
            row.put("profile_image", "https://chat.gbtalk.test/script/uploads/user.svg");
            row.put("conversation_status_code", "2");
            row.put("user_type", "visitor");
            rows.add(JSON.valueToTree(row));
        }
        stub(function("get-conversations"), json(200, inbox.toString()));

        ObjectNode agentsInConversations = success();
        ObjectNode byConversation = agentsInConversations.putObject("response");
        for (int i = 0; i < ASSIGNED; i++) {
            ObjectNode agent = byConversation.putArray(conversationId(i)).addObject();
            agent.put("id", Integer.parseInt(agentId(i)));
            agent.put("first_name", "Agent");
            agent.put("last_name", agentId(i));
            agent.put("profile_image", "https://chat.gbtalk.test/script/uploads/agent.svg");
            agent.put("conversation_id", Integer.parseInt(conversationId(i)));
        }
        stub(function("get-agents-in-conversation"), json(200, agentsInConversations.toString()));

        List<String> customerIds = IntStream.range(0, CUSTOMERS).mapToObj(this::customerId).toList();
        stub(function("get-users").withFormParam("extra", equalTo("true")),
                json(200, users(customerIds, "visitor", "Customer").toString()));
        stub(function("get-users").withFormParam("user_ids", equalTo(jsonArray(AGENTS))),
                json(200, users(AGENTS, "agent", "Agent").toString()));
        stub(function("get-online-users").withFormParam("agents", equalTo("true")),
                json(200, users(List.of("22"), "agent", "Agent").toString()));
    }

    private static ObjectNode users(List<String> ids, String type, String firstName) {
        ObjectNode users = success();
        ArrayNode rows = users.putArray("response");
        for (String id : new TreeSet<>(ids)) {
            ObjectNode user = rows.addObject();
            user.put("id", id);
            user.put("first_name", firstName);
            user.put("last_name", id);
            user.put("email", firstName.toLowerCase() + "." + id + "@example.test");
            user.put("profile_image", "https://chat.gbtalk.test/script/uploads/user.svg");
            user.put("user_type", type);
            user.put("creation_time", "2020-05-01 09:00:00");
            user.put("last_activity", "2020-06-10 12:00:00");
            user.putNull("department");
            user.put("token", "0000000000000000000000000000000000000" + id);
        }
        return users;
    }

    private static ObjectNode success() {
        return JSON.createObjectNode().put("success", true);
    }

    private static String jsonArray(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    private static List<Object> each(Function<Integer, Object> value) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            values.add(value.apply(i));
        }
        return values;
    }

    private static Map<String, Long> callsPerFunction() {
        Map<String, Long> counts = new TreeMap<>();
        allCalls().forEach(form -> counts.merge(form.get("function"), 1L, Long::sum));
        return counts;
    }
}
