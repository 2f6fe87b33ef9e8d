package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.testing.Awaits.WAIT;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.GbTalkStubs.assertCalledOnce;
import static io.switchboard.testing.GbTalkStubs.assertFailure;
import static io.switchboard.testing.GbTalkStubs.callCount;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.functionsCalled;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.ArticleRating;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorStubs;

/**
 * Conversation writes (new-conversation, send-message, update-conversation-status, update-conversation-agent,
 * add-note) and article ratings (article-ratings with a rating), with what each reads back.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkConversationWritesTest {

    private static final String DONE = "{\"success\": true, \"response\": true}";
    private static final String SENT_2050 = """
            {"success": true, "response": {"status": "success", "message-id": 2050, "queue": false,
              "notifications": ["email"]}}
            """;

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    // ------------------------------------------------------------------ createConversation

    @Test
    void createConversationSendsEveryArgumentAndMapsTheConversationItAnswers() {
        stub(function("new-conversation"), file("write-new-conversation.json"));

        Conversation conversation = adapter.createConversation("802", "Damaged parcel",
                ConversationStatus.WAITING_ON_AGENT, "12").await().atMost(WAIT);

        assertCalledOnce("new-conversation", "user_id", "802", "title", "Damaged parcel", "status_code", "2",
                "agent_id", "12");
        assertEquals(1, callCount(), "the answer is the conversation: nothing to read back");
        assertEquals(Vendor.GBTALK, conversation.vendor());
        assertEquals("1007", conversation.remoteId());
        assertEquals("Damaged parcel", conversation.title());
        assertEquals(ConversationStatus.WAITING_ON_AGENT, conversation.status());
        assertEquals(Channel.CHAT, conversation.channel());
        assertEquals(Instant.parse("2026-11-03T08:30:00Z"), conversation.createdAt());
        assertEquals("802", conversation.customerRemoteId());
        assertEquals("12", conversation.assigneeRemoteId(), "the assignee written");
        assertNull(conversation.lastMessage());
    }

    @Test
    void createConversationLeavesOutWhatIsNotGiven() {
        stub(function("new-conversation"), file("write-new-conversation.json"));

        Conversation conversation = adapter.createConversation("802", null, null, null).await().atMost(WAIT);

        assertCalledOnce("new-conversation", "user_id", "802");
        assertNull(conversation.assigneeRemoteId());
    }

    @Test
    void createConversationForAnUnknownUserIsRejectedWithTheCode() {
        stub(function("new-conversation"), json(200, "{\"success\": false, \"response\": \"user-not-found\"}"));

        SwitchboardException e = failure(adapter.createConversation("999", null, null, null));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("user-not-found"), e.getMessage());
    }

    @Test
    void createConversationWithIdsGbTalkCannotHaveIssuedIsNotFoundWithoutACall() {
        assertFailure(failure(adapter.createConversation("abc", null, null, null)), ErrorCode.NOT_FOUND);
        assertFailure(failure(adapter.createConversation("802", null, null, "abc")), ErrorCode.NOT_FOUND);
        assertEquals(0, callCount());
    }

    @Test
    void createConversationAnswerWithoutDetailsIsUnavailable() {
        stub(function("new-conversation"), json(200, "{\"success\": true, \"response\": {\"messages\": []}}"));

        assertFailure(failure(adapter.createConversation("802", null, null, null)), ErrorCode.VENDOR_UNAVAILABLE);
    }

    // ------------------------------------------------------------------ sendMessage

    @Test
    void sendMessageSendsTheAttachmentsAsJsonAndAnswersTheStoredMessage() {
        stub(function("send-message"), json(200, SENT_2050));
        stub(function("get-conversation"), file("write-get-conversation-after-send.json"));

        Message message = adapter.sendMessage("946", "Here is your invoice.", "12",
                List.of(new Attachment("invoice.pdf", "https://files.example.test/invoice.pdf"))).await()
                .atMost(WAIT);

        assertCalledOnce("send-message", "user_id", "12", "conversation_id", "946", "message",
                "Here is your invoice.",
                "attachments", "[[\"invoice.pdf\",\"https://files.example.test/invoice.pdf\"]]");
        assertCalledOnce("get-conversation", "conversation_id", "946");
        assertEquals(List.of("send-message", "get-conversation"), functionsCalled());

        assertEquals("2050", message.remoteId());
        assertEquals("946", message.conversationRemoteId());
        assertEquals("Here is your invoice.", message.body());
        assertEquals(AuthorRole.AGENT, message.authorRole());
        assertEquals("12", message.authorRemoteId());
        assertEquals(Instant.parse("2026-11-03T08:40:00Z"), message.createdAt());
        assertEquals(Channel.CHAT, message.channel());
        assertEquals(List.of(new Attachment("invoice.pdf", "https://files.example.test/invoice.pdf")),
                message.attachments());
    }

    @Test
    void sendMessageWithoutAnAuthorIsSentAsTheBot() {
        stub(function("get-bot-id"), json(200, "{\"success\": true, \"response\": 3}"));
        stub(function("send-message"), json(200, SENT_2050.replace("2050", "2051")));
        stub(function("get-conversation"), file("write-get-conversation-after-bot.json"));

        Message message = adapter.sendMessage("946", "Your ticket was updated.", null, List.of()).await()
                .atMost(WAIT);

        assertCalledOnce("get-bot-id");
        // no attachments, no attachments argument
        assertCalledOnce("send-message", "user_id", "3", "conversation_id", "946", "message",
                "Your ticket was updated.");
        assertEquals(List.of("get-bot-id", "send-message", "get-conversation"), functionsCalled());
        assertEquals("2051", message.remoteId());
        assertEquals(AuthorRole.BOT, message.authorRole());
        assertEquals("3", message.authorRemoteId());
    }

    @Test
    void sendMessageAnswersTheMessageAsWrittenWhenReadingItBackFails() {
        stub(function("send-message"), json(200, SENT_2050));
        stub(function("get-conversation"), json(502, "Bad Gateway"));

        Message message = adapter.sendMessage("946", "Here is your invoice.", "12",
                List.of(new Attachment("invoice.pdf", "https://files.example.test/invoice.pdf"))).await()
                .atMost(WAIT);

        assertEquals("2050", message.remoteId());
        assertEquals("946", message.conversationRemoteId());
        assertEquals("Here is your invoice.", message.body());
        assertEquals(AuthorRole.AGENT, message.authorRole());
        assertEquals("12", message.authorRemoteId());
        assertEquals(List.of(new Attachment("invoice.pdf", "https://files.example.test/invoice.pdf")),
                message.attachments());
        assertEquals(1, calls("send-message").size(), "the message is never sent twice");
    }

    @Test
    void sendMessageFailuresMapAndAreNeverRetried() {
        stub(function("send-message"), json(200, "{\"success\": false, \"response\": \"invalid-status-code\"}"));
        SwitchboardException refused = failure(adapter.sendMessage("946", "Hi", "12", List.of()));
        assertFailure(refused, ErrorCode.VENDOR_REJECTED);
        assertTrue(refused.getMessage().contains("invalid-status-code"), refused.getMessage());

        stub(function("send-message"), json(200, "{\"success\": true, \"response\": \"Cannot add or update a "
                + "child row: a foreign key constraint fails\"}"));
        SwitchboardException database = failure(adapter.sendMessage("946", "Hi", "12", List.of()));
        assertFailure(database, ErrorCode.VENDOR_UNAVAILABLE);
        assertFalse(database.getMessage().contains("foreign key"), database.getMessage());

        stub(function("send-message"), json(500, "Internal Server Error"));
        assertFailure(failure(adapter.sendMessage("946", "Hi", "12", List.of())), ErrorCode.VENDOR_UNAVAILABLE);

        stub(function("send-message"), json(401, "{\"status\": \"error\", \"response\": \"invalid-token\"}"));
        assertFailure(failure(adapter.sendMessage("946", "Hi", "12", List.of())), ErrorCode.VENDOR_AUTH_FAILED);

        assertEquals(4, calls("send-message").size(), "one call per attempt");
        assertEquals(List.of(), calls("get-conversation"));
    }

    @Test
    void sendMessageToIdsGbTalkCannotHaveIssuedIsNotFoundWithoutACall() {
        assertFailure(failure(adapter.sendMessage("x1", "Hi", "12", List.of())), ErrorCode.NOT_FOUND);
        assertFailure(failure(adapter.sendMessage("946", "Hi", "agent-12", List.of())), ErrorCode.NOT_FOUND);
        assertEquals(0, callCount());
    }

    // ------------------------------------------------------------------ updateStatus

    @Test
    void updateStatusSendsTheStatusCodeAndAnswersTheConversationAsReadAgain() {
        stub(function("update-conversation-status"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-946.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        Conversation conversation = adapter.updateStatus("946", ConversationStatus.CLOSED).await().atMost(WAIT);

        assertCalledOnce("update-conversation-status", "conversation_id", "946", "status_code", "3");
        assertCalledOnce("get-conversation", "conversation_id", "946");
        assertEquals("update-conversation-status", functionsCalled().get(0));
        assertEquals("946", conversation.remoteId());
        assertEquals(ConversationStatus.CLOSED, conversation.status());
        assertEquals("802", conversation.customerRemoteId());
        assertEquals("377", conversation.assigneeRemoteId());
        assertEquals("2046", conversation.lastMessage().remoteId());
    }

    @Test
    void updateStatusSendsEachCode() {
        stub(function("update-conversation-status"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-946.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        for (ConversationStatus status : ConversationStatus.values()) {
            adapter.updateStatus("946", status).await().atMost(WAIT);
        }

        assertEquals(List.of("0", "1", "2", "3", "4"),
                calls("update-conversation-status").stream().map(form -> form.get("status_code")).toList());
    }

    @Test
    void updateStatusRefusedOrOfAnUnknownConversation() {
        stub(function("update-conversation-status"),
                json(200, "{\"success\": false, \"response\": \"invalid-status-code\"}"));
        SwitchboardException e = failure(adapter.updateStatus("946", ConversationStatus.OPEN));
        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("invalid-status-code"), e.getMessage());
        assertEquals(List.of(), calls("get-conversation"));

        stub(function("update-conversation-status"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-missing.json"));
        assertFailure(failure(adapter.updateStatus("947", ConversationStatus.OPEN)), ErrorCode.NOT_FOUND);
    }

    // ------------------------------------------------------------------ assign

    @Test
    void assignSendsTheAgentAndAnswersTheAssigneeWritten() {
        stub(function("update-conversation-agent"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-946.json"));

        Conversation conversation = adapter.assign("946", "15").await().atMost(WAIT);

        assertCalledOnce("update-conversation-agent", "conversation_id", "946", "agent_id", "15");
        assertEquals(List.of("update-conversation-agent", "get-conversation"), functionsCalled(),
                "get-agents-in-conversation lists writers, not the assignee");
        // agent 377 wrote in the conversation, but 15 is the one it is now assigned to
        assertEquals("15", conversation.assigneeRemoteId());
        assertEquals(ConversationStatus.CLOSED, conversation.status());
        assertEquals("802", conversation.customerRemoteId());
    }

    @Test
    void unassignSendsFalseAsTheDocsSay() {
        stub(function("update-conversation-agent"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-946.json"));

        Conversation conversation = adapter.assign("946", null).await().atMost(WAIT);

        assertCalledOnce("update-conversation-agent", "conversation_id", "946", "agent_id", "false");
        assertNull(conversation.assigneeRemoteId());
    }

    @Test
    void assignFailures() {
        stub(function("update-conversation-agent"), json(503, ""));
        assertFailure(failure(adapter.assign("946", "15")), ErrorCode.VENDOR_UNAVAILABLE);

        stub(function("update-conversation-agent"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-missing.json"));
        assertFailure(failure(adapter.assign("947", "15")), ErrorCode.NOT_FOUND);

        assertFailure(failure(adapter.assign("946", "Ada")), ErrorCode.NOT_FOUND);
        assertEquals(2, calls("update-conversation-agent").size());
    }

    // ------------------------------------------------------------------ addNote

    @Test
    void addNoteSendsTheNoteAndAnswersItAsGetNotesHasIt() {
        stub(function("add-note"), json(200, "{\"success\": true, \"response\": 98300}"));
        stub(function("get-notes"), file("write-get-notes-after-add.json"));

        Note note = adapter.addNote("946", "Escalated to the warehouse team.", "15", "Escalated").await()
                .atMost(WAIT);

        assertCalledOnce("add-note", "conversation_id", "946", "user_id", "15", "name", "Escalated", "message",
                "Escalated to the warehouse team.");
        assertCalledOnce("get-notes", "conversation_id", "946");
        assertEquals(new Note(Vendor.GBTALK, "98300", "946", "Escalated to the warehouse team.", "15",
                Instant.parse("2026-11-03T08:45:00Z")), note);
    }

    @Test
    void addNoteWithoutATitleSendsAnEmptyNameAndIsAnsweredAsWrittenWhenNotListed() {
        stub(function("add-note"), json(200, "{\"success\": true, \"response\": \"98301\"}"));
        stub(function("get-notes"), file("write-get-notes-after-add.json"));

        Note note = adapter.addNote("946", "Call back tomorrow.", "12", null).await().atMost(WAIT);

        assertCalledOnce("add-note", "conversation_id", "946", "user_id", "12", "name", "", "message",
                "Call back tomorrow.");
        assertEquals(new Note(Vendor.GBTALK, "98301", "946", "Call back tomorrow.", "12", null), note);
    }

    @Test
    void addNoteNeedsAnAuthorBeforeAnyCall() {
        SwitchboardException e = failure(adapter.addNote("946", "Hi", null, null));

        assertFailure(e, ErrorCode.BAD_USER_INPUT);
        assertEquals(List.of("input", "authorId"), e.inputPath());
        assertEquals(0, callCount());
    }

    @Test
    void addNoteFailures() {
        stub(function("add-note"), json(200, "{\"success\": true, \"response\": \"Cannot add or update a child "
                + "row: a foreign key constraint fails\"}"));
        assertFailure(failure(adapter.addNote("946", "Hi", "12", null)), ErrorCode.VENDOR_UNAVAILABLE);

        stub(function("add-note"), json(400, "{\"status\": \"error\", \"response\": \"missing-argument\"}"));
        assertFailure(failure(adapter.addNote("946", "Hi", "12", null)), ErrorCode.VENDOR_REJECTED);
        assertEquals(List.of(), calls("get-notes"));
    }

    // ------------------------------------------------------------------ rateArticle

    @Test
    void rateArticleHelpfulAddsOneAndAnswersTheNewCounts() {
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), file("get-article-6P2Oq.json"));
        stub(function("article-ratings").withFormParam("rating", equalTo("1")), json(200, DONE));
        stub(function("article-ratings").withFormParam("rating", absent()),
                file("write-article-ratings-after.json"));

        ArticleRating rating = adapter.rateArticle("6P2Oq", true).await().atMost(WAIT);

        assertCalledOnce("get-articles", "id", "6P2Oq");
        assertEquals(List.of(form("article-ratings", "article_id", "6P2Oq", "rating", "1"),
                form("article-ratings", "article_id", "6P2Oq")), calls("article-ratings"));
        assertEquals(new ArticleRating(4, 2), rating);
    }

    @Test
    void rateArticleNotHelpfulSendsTheDocumentedZero() {
        stub(function("get-articles"), file("get-article-6P2Oq.json"));
        stub(function("article-ratings").withFormParam("rating", equalTo("0")), json(200, DONE));
        stub(function("article-ratings").withFormParam("rating", absent()),
                json(200, "{\"success\": true, \"response\": \"[-1]\"}"));

        ArticleRating rating = adapter.rateArticle("6P2Oq", false).await().atMost(WAIT);

        assertEquals(form("article-ratings", "article_id", "6P2Oq", "rating", "0"),
                calls("article-ratings").get(0));
        assertEquals(new ArticleRating(0, 1), rating);
    }

    @Test
    void rateArticleOfAnUnknownArticleIsNotFoundAndRatesNothing() {
        stub(function("get-articles"), json(200, "{\"success\": true, \"response\": false}"));

        assertFailure(failure(adapter.rateArticle("nope", true)), ErrorCode.NOT_FOUND);
        assertEquals(List.of(), calls("article-ratings"));
    }

    @Test
    void aRatingGbTalkTookForAReadIsRejected() {
        stub(function("get-articles"), file("get-article-6P2Oq.json"));
        stub(function("article-ratings"), file("article-ratings.json"));

        SwitchboardException e = failure(adapter.rateArticle("6P2Oq", false));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertEquals(1, calls("article-ratings").size());
    }
}
