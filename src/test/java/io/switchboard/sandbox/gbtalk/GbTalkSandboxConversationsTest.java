package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkApi.DETAILS_KEYS;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertKeys;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertStrings;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertTime;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.column;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.object;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/**
 * The sandbox's conversation functions: get-conversation, get-conversations, get-user-conversations,
 * search-conversations, get-notes, get-agents-in-conversation.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkSandboxConversationsTest extends GbTalkSandboxTestSupport {

    private static final Set<String> MESSAGE_KEYS = Set.of("id", "user_id", "message", "creation_time",
            "attachments", "status_code", "payload", "conversation_id", "first_name", "last_name", "profile_image",
            "user_type");
    private static final Set<String> INBOX_KEYS = Set.of("id", "user_id", "message", "creation_time", "attachments",
            "status_code", "payload", "conversation_id", "message_user_type", "first_name", "last_name",
            "profile_image", "conversation_status_code", "user_type");
    private static final Set<String> USER_CONVERSATION_KEYS = Set.of("id", "user_id", "message", "creation_time",
            "attachments", "status_code", "payload", "conversation_id", "first_name", "last_name", "profile_image",
            "user_type", "conversation_status_code");

    @Test
    void getConversationsLeavesOutArchiveAndTrashByDefault() {
        List<Map<String, Object>> inbox = rows("get-conversations");
        assertFalse(inbox.isEmpty());
        assertTrue(inbox.size() < 100, "the inbox fits one page");
        assertEquals(Set.of("0", "1", "2"), new HashSet<>(column(inbox, "conversation_status_code")));
        assertEquals(column(inbox, "conversation_id"), column(rows("get-conversations", "status_code", "0"),
                "conversation_id"), "status_code=0 is the default, not a filter on live conversations");
        for (Map<String, Object> row : inbox) {
            assertKeys(INBOX_KEYS, row);
            assertStrings(row, "id", "user_id", "message", "attachments", "status_code", "payload",
                    "conversation_id", "message_user_type", "conversation_status_code", "user_type");
            assertTime(row.get("creation_time"));
        }
    }

    @Test
    void getConversationsWithStatusAllPagesThroughEveryConversation() {
        List<Map<String, Object>> page0 = rows("get-conversations", "status_code", "all");
        List<Map<String, Object>> page1 = rows("get-conversations", "status_code", "all", "pagination", "1");
        assertEquals(100, page0.size());
        assertTrue(page1.size() > 0 && page1.size() < 100);
        assertTrue(rows("get-conversations", "status_code", "all", "pagination", "2").isEmpty());

        List<Map<String, Object>> all = new ArrayList<>(page0);
        all.addAll(page1);
        assertEquals(GbTalkSeed.CONVERSATIONS, new HashSet<>(column(all, "conversation_id")).size());
        assertEquals(Set.of("0", "1", "2", "3", "4"), new HashSet<>(column(all, "conversation_status_code")));

        int byStatus = 0;
        for (int status = 0; status <= 4; status++) {
            List<Map<String, Object>> rows = rows("get-conversations", "status_code", "" + status);
            if (status != 0) {
                assertEquals(Set.of("" + status), new HashSet<>(column(rows, "conversation_status_code")));
            }
            byStatus += status == 0 ? (int) rows.stream()
                    .filter(row -> row.get("conversation_status_code").equals("0")).count() : rows.size();
        }
        assertEquals(all.size(), byStatus);
        assertTrue(rows("get-conversations", "status_code", "7").isEmpty());
    }

    @Test
    void getConversationsPutsWaitingForAgentFirstThenNewestLastMessage() {
        List<Map<String, Object>> all = new ArrayList<>(rows("get-conversations", "status_code", "all"));
        all.addAll(rows("get-conversations", "status_code", "all", "pagination", "1"));
        List<String> statuses = column(all, "conversation_status_code");
        int waiting = (int) statuses.stream().filter("2"::equals).count();
        assertTrue(waiting > 0);
        assertEquals(Set.of("2"), new HashSet<>(statuses.subList(0, waiting)));
        assertFalse(statuses.subList(waiting, statuses.size()).contains("2"));
        assertDescending(column(all.subList(0, waiting), "creation_time"));
        assertDescending(column(all.subList(waiting, all.size()), "creation_time"));
    }

    @Test
    void aConversationsRowIsItsLatestMessageWithTheConversationsUser() {
        for (Map<String, Object> row : rows("get-conversations").subList(0, 10)) {
            Map<String, Object> conversation = object("get-conversation", "conversation_id",
                    row.get("conversation_id").toString());
            List<Map<String, Object>> messages = asRows(conversation.get("messages"));
            Map<String, Object> details = asRow(conversation.get("details"));
            Map<String, Object> last = messages.get(messages.size() - 1);
            assertEquals(last.get("id"), row.get("id"));
            assertEquals(last.get("user_id"), row.get("user_id"));
            assertEquals(last.get("message"), row.get("message"));
            assertEquals(last.get("user_type"), row.get("message_user_type"));
            assertEquals(details.get("first_name"), row.get("first_name"));
            assertEquals(details.get("last_name"), row.get("last_name"));
            assertEquals(details.get("user_type"), row.get("user_type"));
            assertEquals(details.get("conversation_status_code"), row.get("conversation_status_code"));
        }
    }

    @Test
    void waitingForAgentEndsWithTheCustomerAndWaitingForUserWithAnAgent() {
        for (Map<String, Object> row : rows("get-conversations", "status_code", "2")) {
            assertEquals(row.get("user_type"), row.get("message_user_type"), "" + row);
        }
        for (Map<String, Object> row : rows("get-conversations", "status_code", "1")) {
            assertTrue(Set.of("agent", "admin").contains(row.get("message_user_type")), "" + row);
        }
    }

    @Test
    void getConversationReturnsMessagesOldestFirstAndDetails() {
        String id = rows("get-conversations", "status_code", "3").get(0).get("conversation_id").toString();
        Map<String, Object> conversation = object("get-conversation", "conversation_id", id);
        assertKeys(Set.of("messages", "details"), conversation);

        Map<String, Object> details = asRow(conversation.get("details"));
        assertKeys(DETAILS_KEYS, details);
        assertStrings(details, "user_id", "user_type", "id", "title", "conversation_status_code");
        assertEquals(id, details.get("id"));
        assertEquals("3", details.get("conversation_status_code"));
        assertTime(details.get("conversation_time"));

        List<Map<String, Object>> messages = asRows(conversation.get("messages"));
        assertTrue(messages.size() >= 2 && messages.size() <= 8, "" + messages.size());
        assertAscending(column(messages, "creation_time"));
        for (int i = 0; i < messages.size(); i++) {
            Map<String, Object> message = messages.get(i);
            assertKeys(MESSAGE_KEYS, message);
            assertStrings(message, "id", "user_id", "status_code", "conversation_id", "attachments", "payload");
            assertEquals(id, message.get("conversation_id"));
            boolean agent = Set.of("agent", "admin").contains(message.get("user_type"));
            // the customer opens, then agents and the customer take turns
            assertEquals(i % 2 == 1, agent, "message " + i);
            if (!agent) {
                assertEquals(details.get("user_id"), message.get("user_id"));
            }
        }
    }

    @Test
    void getConversationAnswersTheDocumentedEmptyShapeWhenAbsent() {
        Map<String, Object> absent = object("get-conversation", "conversation_id", "999999");
        assertEquals(List.of(), absent.get("messages"));
        assertEquals("", absent.get("details"));
    }

    @Test
    void attachmentsAreJsonTextOfNameAndUrlPairs() throws Exception {
        List<Map<String, Object>> found = rows("search-conversations", "search", "return-label.pdf");
        assertFalse(found.isEmpty(), "search covers attachment names");
        String id = found.get(0).get("conversation_id").toString();
        List<Map<String, Object>> messages = asRows(object("get-conversation", "conversation_id", id)
                .get("messages"));
        Map<String, Object> withFile = messages.stream()
                .filter(message -> !message.get("attachments").toString().isEmpty())
                .filter(message -> message.get("attachments").toString().contains("return-label.pdf"))
                .findFirst().orElseThrow();
        JsonNode attachments = mapper.readTree(withFile.get("attachments").toString());
        assertTrue(attachments.isArray());
        assertEquals("return-label.pdf", attachments.get(0).get(0).asText());
        assertTrue(attachments.get(0).get(1).asText().startsWith("https://"));
    }

    @Test
    void getUserConversationsListsTheUsersConversations() {
        Map<String, Object> any = rows("get-conversations", "status_code", "all").get(0);
        String customer = asRow(object("get-conversation", "conversation_id", any.get("conversation_id").toString())
                .get("details")).get("user_id").toString();

        List<Map<String, Object>> rows = rows("get-user-conversations", "user_id", customer);
        assertTrue(column(rows, "conversation_id").contains(any.get("conversation_id").toString()));
        for (Map<String, Object> row : rows) {
            assertKeys(USER_CONVERSATION_KEYS, row);
            Map<String, Object> details = asRow(object("get-conversation", "conversation_id",
                    row.get("conversation_id").toString()).get("details"));
            assertEquals(customer, details.get("user_id"));
            // names here are the latest message's author's
            if (row.get("user_id").equals(customer)) {
                assertEquals(details.get("first_name"), row.get("first_name"));
            } else {
                assertTrue(Set.of("agent", "admin").contains(row.get("user_type")), "" + row);
            }
        }
        assertDescending(column(rows, "creation_time"));

        List<String> without = column(rows("get-user-conversations", "user_id", customer,
                "exclude_id", any.get("conversation_id").toString()), "conversation_id");
        assertFalse(without.contains(any.get("conversation_id").toString()));
        assertEquals(rows.size() - 1, without.size());

        assertTrue(rows("get-user-conversations", "user_id", "999999").isEmpty());
    }

    @Test
    void getUserConversationsOfAnAgentListsTheConversationsTheyAnswered() {
        String agent = ok("get-agents-ids").getList("response").get(2).toString();
        List<Map<String, Object>> rows = rows("get-user-conversations", "user_id", agent, "agents", "true");
        assertFalse(rows.isEmpty());
        for (Map<String, Object> row : rows) {
            String conversation = row.get("conversation_id").toString();
            List<Map<String, Object>> agents = asRows(object("get-agents-in-conversation", "conversation_id",
                    conversation).get(conversation));
            assertTrue(column(agents, "id").contains(agent), conversation);
        }
        assertTrue(rows("get-user-conversations", "user_id", agent).isEmpty(), "an agent is nobody's customer");
    }

    @Test
    void searchConversationsSearchesMessagesAndUsers() {
        List<Map<String, Object>> rows = rows("search-conversations", "search", "TRAIL RUNNER");
        assertFalse(rows.isEmpty());
        for (Map<String, Object> row : rows) {
            assertKeys(INBOX_KEYS, row);
            List<Map<String, Object>> messages = asRows(object("get-conversation", "conversation_id",
                    row.get("conversation_id").toString()).get("messages"));
            assertTrue(column(messages, "message").stream()
                    .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains("trail runner")));
        }
        Set<String> statuses = new HashSet<>(column(rows, "conversation_status_code"));
        assertTrue(statuses.size() > 1, "search covers every status: " + statuses);

        Map<String, Object> first = rows("get-conversations").get(0);
        List<String> byName = column(rows("search-conversations", "search", first.get("last_name").toString()),
                "conversation_id");
        assertTrue(byName.contains(first.get("conversation_id").toString()));

        assertTrue(rows("search-conversations", "search", "no-such-text-zzz").isEmpty());
    }

    @Test
    void getNotesReturnsTheDocumentedShape() {
        List<Map<String, Object>> notes = List.of();
        for (int id = (int) GbTalkSeed.FIRST_CONVERSATION_ID; notes.isEmpty(); id++) {
            notes = rows("get-notes", "conversation_id", "" + id);
        }
        for (Map<String, Object> note : notes) {
            assertKeys(Set.of("id", "user_id", "name", "message"), note);
            assertInstanceOf(Number.class, note.get("id"));
            assertInstanceOf(String.class, note.get("user_id"));
            assertInstanceOf(Map.class, ok("get-agent", "agent_id", note.get("user_id").toString()).get("response"),
                    "notes are written by agents");
        }
        assertTrue(rows("get-notes", "conversation_id", "999999").isEmpty());
    }

    @Test
    void getAgentsInConversationTakesAnArrayAndKeysTheAnswerByConversation() {
        List<String> ids = column(rows("get-conversations", "status_code", "all").subList(0, 3), "conversation_id");
        Map<String, Object> byConversation = object("get-agents-in-conversation", "conversation_id",
                "[" + String.join(",", ids) + ", 999999]");
        assertEquals(new HashSet<>(ids), byConversation.keySet());
        for (String id : ids) {
            List<Map<String, Object>> agents = asRows(byConversation.get(id));
            Set<String> expected = new LinkedHashSet<>();
            asRows(object("get-conversation", "conversation_id", id).get("messages")).stream()
                    .filter(message -> Set.of("agent", "admin").contains(message.get("user_type")))
                    .forEach(message -> expected.add(message.get("user_id").toString()));
            assertEquals(expected, new LinkedHashSet<>(column(agents, "id")));
            for (Map<String, Object> agent : agents) {
                assertKeys(Set.of("id", "first_name", "last_name", "profile_image", "conversation_id"), agent);
                assertInstanceOf(Number.class, agent.get("id"));
                assertEquals(Integer.valueOf(id), agent.get("conversation_id"));
            }
        }
    }

    @Test
    void getAgentsInConversationTakesASingleIdAndAnswersAnEmptyListForNone() {
        String id = rows("get-conversations").get(0).get("conversation_id").toString();
        assertEquals(Set.of(id), object("get-agents-in-conversation", "conversation_id", id).keySet());
        assertEquals(List.of(), ok("get-agents-in-conversation", "conversation_id", "999999").get("response"));
    }

    private static void assertDescending(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, values);
    }

    private static void assertAscending(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, values);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> asRows(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asRow(Object value) {
        return (Map<String, Object>) value;
    }
}
