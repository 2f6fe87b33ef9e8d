package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkApi.DETAILS_KEYS;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertKeys;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertTime;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.column;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.object;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.rows;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.sandbox.gbtalk.GbTalkStore.ConversationView;
import io.switchboard.testing.VendorStubs;

/**
 * The sandbox's conversation writes (new-conversation, send-message, update-conversation-status,
 * update-conversation-agent, add-note) and article ratings, each checked through the reads that should show it.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkSandboxConversationWritesTest extends GbTalkSandboxTestSupport {

    private static final long NEW_CONVERSATION = GbTalkSeed.FIRST_CONVERSATION_ID + GbTalkSeed.CONVERSATIONS;
    private static final String AGENT = "3";

    // ------------------------------------------------------------------ new-conversation

    @Test
    void newConversationAnswersItsDetailsAndGetConversationHasIt() {
        Map<String, Object> created = object("new-conversation", "user_id", "10", "title", "Damaged parcel",
                "status_code", "2", "agent_id", AGENT);

        assertEquals(List.of(), created.get("messages"));
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) created.get("details");
        assertKeys(DETAILS_KEYS, details);
        assertEquals(String.valueOf(NEW_CONVERSATION), details.get("id"));
        assertEquals("10", details.get("user_id"));
        assertEquals("Damaged parcel", details.get("title"));
        assertEquals("2", details.get("conversation_status_code"));
        assertTime(details.get("conversation_time"));
        assertEquals(details, object("get-conversation", "conversation_id", String.valueOf(NEW_CONVERSATION))
                .get("details"));
        assertEquals(3L, store.conversation(NEW_CONVERSATION).orElseThrow().conversation().agentId());
        // a conversation without messages has no row in the lists until someone writes
        List<String> listed = column(rows("get-conversations", "status_code", "all", "pagination", "0"),
                "conversation_id");
        listed.addAll(column(rows("get-conversations", "status_code", "all", "pagination", "1"), "conversation_id"));
        assertEquals(GbTalkSeed.CONVERSATIONS, listed.size());
        assertFalse(listed.contains(String.valueOf(NEW_CONVERSATION)));
    }

    @Test
    void newConversationDefaultsToLiveWithoutTitleOrAgent() {
        Map<String, Object> created = object("new-conversation", "user_id", "10");

        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) created.get("details");
        assertEquals("0", details.get("conversation_status_code"));
        assertEquals("", details.get("title"));
        assertEquals(null, store.conversation(NEW_CONVERSATION).orElseThrow().conversation().agentId());
    }

    @Test
    void newConversationRefusesAnUnknownUserAndStatus() {
        GbTalkApi.call("new-conversation", "user_id", "99999").then().statusCode(200)
                .body("success", is(false)).body("response", is("user-not-found"));
        GbTalkApi.call("new-conversation", "user_id", "10", "status_code", "7").then().statusCode(200)
                .body("success", is(false)).body("response", is("invalid-status-code"));
        assertTrue(store.conversation(NEW_CONVERSATION).isEmpty());
    }

    // ------------------------------------------------------------------ send-message

    @Test
    void sendMessageAddsTheMessageLastWithItsAttachmentsAndMovesTheConversationUp() throws Exception {
        ConversationView archived = firstWithStatus(3);
        String id = String.valueOf(archived.conversation().id());
        String customer = String.valueOf(archived.customer().id());

        Map<String, Object> sent = object("send-message", "user_id", customer, "conversation_id", id, "message",
                "I still need help.", "attachments", "[[\"photo.jpg\", \"https://files.example.test/photo.jpg\"]]");

        assertEquals("success", sent.get("status"));
        Object messageId = assertInstanceOf(Integer.class, sent.get("message-id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) object("get-conversation",
                "conversation_id", id).get("messages");
        Map<String, Object> last = messages.get(messages.size() - 1);
        assertEquals(String.valueOf(messageId), last.get("id"));
        assertEquals(customer, last.get("user_id"));
        assertEquals("I still need help.", last.get("message"));
        assertEquals(List.of(List.of("photo.jpg", "https://files.example.test/photo.jpg")),
                mapper.readValue((String) last.get("attachments"), List.class));
        // the customer wrote: waiting for an agent, which heads the inbox
        Map<String, Object> top = rows("get-conversations").get(0);
        assertEquals(id, top.get("conversation_id"));
        assertEquals("2", top.get("conversation_status_code"));
        assertEquals(String.valueOf(messageId), top.get("id"));
    }

    @Test
    void anAgentsMessageWaitsForTheUserAndListsTheAgentInTheConversation() {
        ConversationView waiting = firstWithStatus(2);
        String id = String.valueOf(waiting.conversation().id());
        String newcomer = waiting.messages().stream().anyMatch(p -> p.author().id() == 6) ? "5" : "6";

        ok("send-message", "user_id", newcomer, "conversation_id", id, "message", "On it.");

        Map<String, Object> after = object("get-conversation", "conversation_id", id);
        assertEquals("1", ((Map<?, ?>) after.get("details")).get("conversation_status_code"));
        List<?> messages = (List<?>) after.get("messages");
        assertEquals("", ((Map<?, ?>) messages.get(messages.size() - 1)).get("attachments"),
                "no attachments: an empty string");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> agents = (List<Map<String, Object>>) object("get-agents-in-conversation",
                "conversation_id", id).get(id);
        assertTrue(agents.stream().anyMatch(agent -> String.valueOf(agent.get("id")).equals(newcomer)),
                agents.toString());
        assertTrue(column(rows("get-user-conversations", "user_id", newcomer, "agents", "true"), "conversation_id")
                .contains(id));
    }

    @Test
    void sendMessageTakesAnExplicitStatusOrSkip() {
        String id = String.valueOf(firstWithStatus(1).conversation().id());

        ok("send-message", "user_id", AGENT, "conversation_id", id, "message", "Closing.",
                "conversation_status_code", "3");
        assertEquals(3, store.conversation(Long.parseLong(id)).orElseThrow().conversation().statusCode());

        ok("send-message", "user_id", AGENT, "conversation_id", id, "message", "Note to self.",
                "conversation_status_code", "skip");
        assertEquals(3, store.conversation(Long.parseLong(id)).orElseThrow().conversation().statusCode());

        GbTalkApi.call("send-message", "user_id", AGENT, "conversation_id", id, "message", "x",
                "conversation_status_code", "9").then().statusCode(200)
                .body("success", is(false)).body("response", is("invalid-status-code"));
    }

    @Test
    void sendMessageAsTheBotWaitsForTheUser() {
        String bot = ok("get-bot-id").getString("response");
        String id = String.valueOf(firstWithStatus(2).conversation().id());

        ok("send-message", "user_id", bot, "conversation_id", id, "message", "An agent will be with you shortly.");

        assertEquals(1, store.conversation(Long.parseLong(id)).orElseThrow().conversation().statusCode());
        assertEquals("bot", store.conversation(Long.parseLong(id)).orElseThrow().lastMessage().orElseThrow().author()
                .userType());
    }

    @Test
    void sendMessageToAConversationThatDoesNotExistFailsAsTheDatabaseWould() {
        int before = store.conversations().stream().mapToInt(v -> v.messages().size()).sum();

        Object response = ok("send-message", "user_id", AGENT, "conversation_id", "99999", "message", "Hi")
                .get("response");

        assertTrue(response instanceof String text && text.contains("foreign key"), String.valueOf(response));
        assertEquals(before, store.conversations().stream().mapToInt(v -> v.messages().size()).sum());
    }

    // ------------------------------------------------------------------ status and agent

    @Test
    void updateConversationStatusMovesTheConversationBetweenLists() {
        String id = String.valueOf(firstWithStatus(0).conversation().id());

        assertEquals(true, ok("update-conversation-status", "conversation_id", id, "status_code", "4")
                .get("response"));

        assertFalse(column(rows("get-conversations"), "conversation_id").contains(id), "the trash is not the inbox");
        assertTrue(column(rows("get-conversations", "status_code", "4"), "conversation_id").contains(id));
        assertEquals("4", ((Map<?, ?>) object("get-conversation", "conversation_id", id).get("details"))
                .get("conversation_status_code"));
    }

    @Test
    void updateConversationStatusRefusesAnInvalidCodeAndIgnoresAnUnknownConversation() {
        String id = String.valueOf(firstWithStatus(0).conversation().id());
        GbTalkApi.call("update-conversation-status", "conversation_id", id, "status_code", "5").then()
                .statusCode(200).body("success", is(false)).body("response", is("invalid-status-code"));
        GbTalkApi.call("update-conversation-status", "conversation_id", id, "status_code", "live").then()
                .body("response", is("invalid-status-code"));
        assertEquals(0, store.conversation(Long.parseLong(id)).orElseThrow().conversation().statusCode());

        assertEquals(true, ok("update-conversation-status", "conversation_id", "99999", "status_code", "1")
                .get("response"));
    }

    @Test
    void updateConversationAgentAssignsAndUnassigns() {
        long id = firstWithStatus(0).conversation().id();

        assertEquals(true, ok("update-conversation-agent", "conversation_id", String.valueOf(id), "agent_id", "4")
                .get("response"));
        assertEquals(4L, store.conversation(id).orElseThrow().conversation().agentId());
        assertTrue(column(rows("get-user-conversations", "user_id", "4", "agents", "true"), "conversation_id")
                .contains(String.valueOf(id)));

        ok("update-conversation-agent", "conversation_id", String.valueOf(id), "agent_id", "false");
        assertEquals(null, store.conversation(id).orElseThrow().conversation().agentId());
    }

    // ------------------------------------------------------------------ notes

    @Test
    void addNoteAnswersTheIdAndGetNotesListsTheNote() {
        String id = String.valueOf(firstWithStatus(1).conversation().id());
        int before = rows("get-notes", "conversation_id", id).size();

        Object noteId = ok("add-note", "conversation_id", id, "user_id", AGENT, "name", "Escalated", "message",
                "Escalated to the warehouse team.").get("response");

        List<Map<String, Object>> notes = rows("get-notes", "conversation_id", id);
        assertEquals(before + 1, notes.size());
        Map<String, Object> note = notes.get(notes.size() - 1);
        assertEquals(noteId, note.get("id"));
        assertEquals(AGENT, note.get("user_id"));
        assertEquals("Escalated", note.get("name"));
        assertEquals("Escalated to the warehouse team.", note.get("message"));
    }

    @Test
    void addNoteToAConversationThatDoesNotExistFailsAsTheDatabaseWould() {
        Object response = ok("add-note", "conversation_id", "99999", "user_id", AGENT, "message", "x")
                .get("response");

        assertTrue(response instanceof String text && text.contains("foreign key"), String.valueOf(response));
        GbTalkApi.call("add-note", "conversation_id", "1001", "user_id", AGENT).then().statusCode(400)
                .body("response", is("missing-argument"));
    }

    // ------------------------------------------------------------------ article ratings

    @Test
    void articleRatingsWithARatingAddsAVoteThatTheReadFormCounts() throws Exception {
        List<?> before = mapper.readValue(ok("article-ratings", "article_id", "6P2Oq").getString("response"),
                List.class);

        assertEquals(true, ok("article-ratings", "article_id", "6P2Oq", "rating", "1").get("response"));
        assertEquals(true, ok("article-ratings", "article_id", "6P2Oq", "rating", "0").get("response"));

        List<?> after = mapper.readValue(ok("article-ratings", "article_id", "6P2Oq").getString("response"),
                List.class);
        assertEquals(before.size() + 2, after.size());
        assertEquals(List.of(1, -1), after.subList(before.size(), after.size()), "0 is stored as -1");
    }

    @Test
    void articleRatingsOfAnUnratedArticleStartsItsList() {
        assertEquals(false, ok("article-ratings", "article_id", "Ej2Fs").get("response"));

        ok("article-ratings", "article_id", "Ej2Fs", "rating", "0");

        assertEquals("[-1]", ok("article-ratings", "article_id", "Ej2Fs").get("response"));
        assertEquals("[-1]", ok("article-ratings", "article_id", "Ej2Fs", "rating", "false").get("response"),
                "rating=false is the read form");
    }

    private ConversationView firstWithStatus(int status) {
        return store.conversations().stream()
                .filter(view -> view.conversation().statusCode() == status && !view.messages().isEmpty())
                .findFirst().orElseThrow();
    }
}
