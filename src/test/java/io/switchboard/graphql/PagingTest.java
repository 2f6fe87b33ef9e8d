package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GbTalkStubs.success;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * Cursor paging of {@code conversations} over GB Talk's own pages of 100 rows: every conversation exactly once, in
 * the vendor's order, whatever the connection's page size; cursors that belong to another list are refused.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class PagingTest extends EndToEndTestSupport {

    private static final int FIRST_PAGE_ROWS = 100;
    private static final int SECOND_PAGE_ROWS = 40;

    private static final String PAGE = """
            query($first: Int, $after: String) {
              conversations(first: $first, after: $after) {
                totalCount
                edges { cursor node { id remoteId } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void walkingTheInboxThirtyAtATimeSeesEveryConversationOnceInOrder() {
        List<String> inbox = stubInboxOf140();

        List<String> seen = new ArrayList<>();
        List<Boolean> hasNextPage = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 30);
            variables.put("after", after);
            JsonPath page = query(PAGE, variables)
                    .body("errors", nullValue())
                    .body("data.conversations.totalCount", nullValue())
                    .extract().jsonPath();
            List<String> ids = page.getList("data.conversations.edges.node.remoteId");
            List<String> cursors = page.getList("data.conversations.edges.cursor");
            seen.addAll(ids);
            hasNextPage.add(page.getBoolean("data.conversations.pageInfo.hasNextPage"));
            after = page.getString("data.conversations.pageInfo.endCursor");
            assertEquals(cursors.get(cursors.size() - 1), after, "endCursor is the last edge's cursor");
        } while (hasNextPage.get(hasNextPage.size() - 1) && hasNextPage.size() < 10);

        assertEquals(inbox, seen);
        assertEquals(List.of(true, true, true, true, false), hasNextPage);
        // each vendor page was fetched once: later connection pages read it from the store
        assertEquals(List.of(form("get-conversations", "pagination", "0"),
                form("get-conversations", "pagination", "1")), calls("get-conversations"));
        assertEquals(2, calls("get-agents-in-conversation").size());
    }

    @Test
    void everyEdgeCursorContinuesRightAfterItsEdge() {
        List<String> inbox = stubInboxOf140();
        JsonPath page = query(PAGE, Map.of("first", 100)).body("errors", nullValue()).extract().jsonPath();
        List<String> cursors = page.getList("data.conversations.edges.cursor");

        // the cursor of the last row of GB Talk's first page continues on its second page
        query(PAGE, Map.of("first", 3, "after", cursors.get(99)))
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", contains(inbox.get(100), inbox.get(101),
                        inbox.get(102)))
                .body("data.conversations.pageInfo.hasNextPage", is(true));
        query(PAGE, Map.of("first", 2, "after", cursors.get(41)))
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", contains(inbox.get(42), inbox.get(43)));
    }

    @Test
    void theLastConversationsCursorEndsTheList() {
        stubInboxOf140();
        JsonPath page = query(PAGE, Map.of("first", 100)).extract().jsonPath();
        String afterFirstPage = page.getString("data.conversations.pageInfo.endCursor");
        String end = query(PAGE, Map.of("first", 40, "after", afterFirstPage))
                .body("data.conversations.edges", hasSize(40))
                .body("data.conversations.pageInfo.hasNextPage", is(false))
                .extract().path("data.conversations.pageInfo.endCursor");

        query(PAGE, Map.of("first", 10, "after", end))
                .body("errors", nullValue())
                .body("data.conversations.edges", empty())
                .body("data.conversations.pageInfo.hasNextPage", is(false))
                .body("data.conversations.pageInfo.endCursor", nullValue());
    }

    @Test
    void firstZeroReturnsNoEdges() {
        stubInboxOf140();

        query(PAGE, Map.of("first", 0))
                .body("errors", nullValue())
                .body("data.conversations.edges", empty())
                .body("data.conversations.pageInfo.hasNextPage", is(true))
                .body("data.conversations.pageInfo.endCursor", nullValue());
    }

    @Test
    void withoutFirstAPageHoldsTwentyConversations() {
        List<String> inbox = stubInboxOf140();

        query(PAGE, Map.of())
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", is(inbox.subList(0, 20)))
                .body("data.conversations.pageInfo.hasNextPage", is(true));
    }

    @Test
    void aSearchIsOneWholeListWhoseTotalCountIsKnown() {
        stub("search-conversations", "e2e-conv-search-refund.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
        String search = """
                query($after: String) {
                  conversations(vendor: GBTALK, search: "refund", first: 2, after: $after) {
                    totalCount
                    edges { node { remoteId } }
                    pageInfo { hasNextPage endCursor }
                  }
                }
                """;

        List<String> seen = new ArrayList<>();
        List<Boolean> hasNextPage = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = query(search, variables)
                    .body("errors", nullValue())
                    .body("data.conversations.totalCount", is(5))
                    .extract().jsonPath();
            seen.addAll(page.getList("data.conversations.edges.node.remoteId"));
            hasNextPage.add(page.getBoolean("data.conversations.pageInfo.hasNextPage"));
            after = page.getString("data.conversations.pageInfo.endCursor");
        } while (hasNextPage.get(hasNextPage.size() - 1) && hasNextPage.size() < 10);

        assertEquals(List.of("1205", "1201", "1202", "1203", "1204"), seen);
        assertEquals(List.of(true, true, false), hasNextPage);
        assertEquals(List.of(form("search-conversations", "search", "refund")),
                calls("search-conversations"));
    }

    @Test
    void aCursorFromAgentsIsBadUserInputForConversations() {
        stub("get-users", "get-users-agents.json");
        stub("get-online-users", "get-online-users-agents.json");
        String agentsCursor = query("""
                { agents(vendor: GBTALK, first: 1) { pageInfo { endCursor } } }
                """).body("errors", nullValue()).extract().path("data.agents.pageInfo.endCursor");

        query(PAGE, Map.of("first", 10, "after", agentsCursor))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("conversations"));

        assertEquals(List.of(), calls("get-conversations"));
    }

    @Test
    void aCursorFromAnotherStatusIsBadUserInput() {
        stub(function("get-conversations").withFormParam("status_code", equalTo("3")),
                file("e2e-conv-archive.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
        String archiveCursor = query("""
                { conversations(status: CLOSED, first: 1) { pageInfo { endCursor } } }
                """).body("errors", nullValue()).extract().path("data.conversations.pageInfo.endCursor");

        query(PAGE, Map.of("first", 10, "after", archiveCursor))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("conversations"));

        assertEquals(List.of(form("get-conversations", "pagination", "0", "status_code", "3")),
                calls("get-conversations"));
    }

    // ------------------------------------------------------------------ stubs

    /** A GB Talk inbox of a full page of 100 rows and a second page of 40; returns the conversation ids in order. */
    private static List<String> stubInboxOf140() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < FIRST_PAGE_ROWS + SECOND_PAGE_ROWS; i++) {
            ids.add(String.valueOf(20140 - i));
        }
        stubInboxPage("0", ids.subList(0, FIRST_PAGE_ROWS));
        stubInboxPage("1", ids.subList(FIRST_PAGE_ROWS, ids.size()));
        stub(function("get-agents-in-conversation"), json(200, "{\"success\": true, \"response\": []}"));
        return ids;
    }

    private static void stubInboxPage(String pagination, List<String> conversationIds) {
        stub(function("get-conversations").withFormParam("pagination", equalTo(pagination)),
                json(200, success(conversationIds.size(), i -> inboxRow(conversationIds.get(i)))));
    }

    /** A get-conversations row: the conversation's latest message, from a visitor. */
    private static Map<String, Object> inboxRow(String conversationId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", conversationId + "9");
        row.put("user_id", "8" + conversationId);
        row.put("message", "Hello from " + conversationId);
        row.put("creation_time", "2020-06-10 12:00:00");
        row.put("attachments", "");
        row.put("status_code", "0");
        row.put("payload", "");
        row.put("conversation_id", conversationId);
        row.put("message_user_type", "visitor");
        row.put("first_name", "User");
        row.put("last_name", "#" + conversationId);
        row.put("profile_image", "https://chat.gbtalk.test/script/uploads/user.svg");
        row.put("conversation_status_code", "2");
        row.put("user_type", "visitor");
        return row;
    }
}
