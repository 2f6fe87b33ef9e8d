package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.testing.Awaits.WAIT;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.GbTalkStubs.assertCalledOnce;
import static io.switchboard.testing.GbTalkStubs.assertFailure;
import static io.switchboard.testing.GbTalkStubs.callCount;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.testing.GbTalkStubs;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.ConversationSource.ConversationQuery;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkConversationsTest {

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
    }

    @Test
    void listConversationsWithoutStatusIsTheInboxWithLatestMessagesAndAssignees() {
        stub("get-conversations", "get-conversations.json");

        Page<Conversation> page = adapter.listConversations(new ConversationQuery(null, null), null).await()
                .atMost(WAIT);

        assertEquals(List.of("764", "763", "760"), page.items().stream().map(Conversation::remoteId).toList());
        assertNull(page.nextPageToken());

        Conversation waitingOnAgent = page.items().get(0);
        assertEquals(Vendor.GBTALK, waitingOnAgent.vendor());
        assertEquals(ConversationStatus.WAITING_ON_AGENT, waitingOnAgent.status());
        assertEquals(Channel.CHAT, waitingOnAgent.channel());
        assertNull(waitingOnAgent.title());
        assertEquals("632", waitingOnAgent.customerRemoteId());
        assertEquals("15", waitingOnAgent.assigneeRemoteId(), "the last agent listed for the conversation");
        Message last = waitingOnAgent.lastMessage();
        assertEquals("1431", last.remoteId());
        assertEquals("764", last.conversationRemoteId());
        assertEquals("Hello! Where is my parcel?", last.body());
        assertEquals(Instant.parse("2020-04-24T10:53:35Z"), last.createdAt());
        assertEquals(AuthorRole.CUSTOMER, last.authorRole());
        assertEquals("632", last.authorRemoteId());
        assertEquals(List.of(new Attachment("receipt.pdf",
                "https://chat.gbtalk.test/script/uploads/24-04-20/receipt.pdf")), last.attachments());

        Conversation answered = page.items().get(1);
        assertEquals(ConversationStatus.WAITING_ON_CUSTOMER, answered.status());
        assertEquals("Order #5521", answered.title());
        assertEquals(Channel.WHATSAPP, answered.channel());
        assertEquals(Channel.WHATSAPP, answered.lastMessage().channel());
        assertNull(answered.customerRemoteId(), "user_id is the agent who wrote the latest message");
        assertEquals(AuthorRole.AGENT, answered.lastMessage().authorRole());
        assertEquals("12", answered.lastMessage().authorRemoteId());
        assertEquals("12", answered.assigneeRemoteId());

        Conversation open = page.items().get(2);
        assertEquals(ConversationStatus.OPEN, open.status());
        assertEquals(Channel.OTHER, open.channel());
        assertEquals("640", open.customerRemoteId());
        assertNull(open.assigneeRemoteId());

        assertCalledOnce("get-conversations", "pagination", "0");
        assertCalledOnce("get-agents-in-conversation", "conversation_id", "[\"764\",\"763\",\"760\"]");
    }

    @ParameterizedTest
    @CsvSource({ "WAITING_ON_CUSTOMER, 1", "WAITING_ON_AGENT, 2", "CLOSED, 3", "TRASHED, 4" })
    void listConversationsSendsTheStatusCode(ConversationStatus status, String code) {
        stub(function("get-conversations"), json(200, """
                {"success": true, "response": [{"id": "1500", "user_id": "700", "message": "Bye",
                  "creation_time": "2020-06-01 10:00:00", "attachments": "", "status_code": "0", "payload": "",
                  "conversation_id": "800", "message_user_type": "visitor", "first_name": "A", "last_name": "B",
                  "profile_image": "", "conversation_status_code": "%s", "user_type": "visitor"}]}
                """.formatted(code)));

        Page<Conversation> page = adapter.listConversations(new ConversationQuery(status, null), null).await()
                .atMost(WAIT);

        assertEquals(1, page.items().size());
        assertEquals(status, page.items().get(0).status());
        assertCalledOnce("get-conversations", "pagination", "0", "status_code", code);
    }

    @Test
    void listConversationsOpenNarrowsTheInboxViewThatStatusCodeZeroAnswers() {
        stub("get-conversations", "get-conversations.json");

        Page<Conversation> page = adapter.listConversations(new ConversationQuery(ConversationStatus.OPEN, null),
                null).await().atMost(WAIT);

        assertEquals(List.of("760"), page.items().stream().map(Conversation::remoteId).toList());
        assertCalledOnce("get-conversations", "pagination", "0", "status_code", "0");
    }

    @Test
    void listConversationsWithoutRowsAsksForNoAssignees() {
        stub(function("get-conversations"), json(200, "{\"success\": true, \"response\": []}"));

        Page<Conversation> page = adapter.listConversations(new ConversationQuery(null, null), null).await()
                .atMost(WAIT);

        assertEquals(List.of(), page.items());
        assertNull(page.nextPageToken());
        assertEquals(List.of(), calls("get-agents-in-conversation"));
    }

    @Test
    void listConversationsPagesOnAFullPageWithOneAssigneeCallPerPage() {
        stub(function("get-conversations").withFormParam("pagination", equalTo("0")),
                json(200, GbTalkStubs.success(GbTalkAdapter.PAGE_SIZE, i -> conversationRow(3000 + i))));
        stub(function("get-conversations").withFormParam("pagination", equalTo("1")), file("get-conversations.json"));

        Page<Conversation> first = adapter.listConversations(new ConversationQuery(null, null), null).await()
                .atMost(WAIT);
        assertEquals(100, first.items().size());
        assertEquals("1", first.nextPageToken());
        Page<Conversation> second = adapter.listConversations(new ConversationQuery(null, null), "1").await()
                .atMost(WAIT);
        assertEquals(3, second.items().size());
        assertNull(second.nextPageToken());

        assertEquals(List.of(form("get-conversations", "pagination", "0"),
                form("get-conversations", "pagination", "1")), calls("get-conversations"));
        List<Map<String, String>> assigneeCalls = calls("get-agents-in-conversation");
        assertEquals(2, assigneeCalls.size());
        assertTrue(assigneeCalls.get(0).get("conversation_id").startsWith("[\"3000\",\"3001\","));
        assertEquals("[\"764\",\"763\",\"760\"]", assigneeCalls.get(1).get("conversation_id"));
    }

    @Test
    void searchConversationsIsOneWholeListWithOneConversationPerId() {
        stub("search-conversations", "search-conversations.json");

        Page<Conversation> page = adapter.listConversations(new ConversationQuery(null, "refund"), null).await()
                .atMost(WAIT);

        assertEquals(List.of("952", "951"), page.items().stream().map(Conversation::remoteId).toList());
        assertNull(page.nextPageToken());
        assertEquals(2, page.totalCount());
        Conversation trashed = page.items().get(0);
        assertEquals(ConversationStatus.TRASHED, trashed.status());
        assertNull(trashed.customerRemoteId(), "an admin wrote the latest message");
        assertEquals(AuthorRole.AGENT, trashed.lastMessage().authorRole());
        Conversation open = page.items().get(1);
        assertEquals("2127", open.lastMessage().remoteId(), "the latest of the rows for one conversation");
        assertEquals("805", open.customerRemoteId());
        assertCalledOnce("search-conversations", "search", "refund");
        assertCalledOnce("get-agents-in-conversation", "conversation_id", "[\"952\",\"951\"]");
    }

    @Test
    void searchConversationsFiltersByStatusItself() {
        stub("search-conversations", "search-conversations.json");

        Page<Conversation> page = adapter.listConversations(new ConversationQuery(ConversationStatus.OPEN, "refund"),
                null).await().atMost(WAIT);

        assertEquals(List.of("951"), page.items().stream().map(Conversation::remoteId).toList());
        assertCalledOnce("search-conversations", "search", "refund");
    }

    @Test
    void searchConversationsHasNoSecondPage() {
        assertFailure(failure(adapter.listConversations(new ConversationQuery(null, "refund"), "1")),
                ErrorCode.BAD_USER_INPUT);
        assertEquals(0, callCount());
    }

    @Test
    void getConversationsFetchesEachIdAndLeavesOutTheMissingOnes() {
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("946")),
                file("get-conversation-946.json"));
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("947")),
                file("get-conversation-missing.json"));

        Map<String, Conversation> conversations = adapter.getConversations(Set.of("946", "947", "x9"))
                .await().atMost(WAIT);

        assertEquals(Set.of("946"), conversations.keySet());
        Conversation refund = conversations.get("946");
        assertEquals("Refund request", refund.title());
        assertEquals(ConversationStatus.CLOSED, refund.status());
        assertEquals(Channel.CHAT, refund.channel());
        assertEquals(Instant.parse("2020-05-04T10:06:30Z"), refund.createdAt());
        assertEquals("802", refund.customerRemoteId());
        assertEquals("377", refund.assigneeRemoteId());
        assertEquals("2046", refund.lastMessage().remoteId(), "the newest message, whatever the order sent");
        assertEquals(AuthorRole.BOT, refund.lastMessage().authorRole());

        assertEquals(Set.of(form("get-conversation", "conversation_id", "946"),
                form("get-conversation", "conversation_id", "947")), Set.copyOf(calls("get-conversation")));
        assertCalledOnce("get-agents-in-conversation", "conversation_id", "[\"946\"]");
    }

    @Test
    void getConversationsOfOnlyMissingIdsAsksForNoAssignees() {
        stub("get-conversation", "get-conversation-missing.json");

        assertEquals(Map.of(), adapter.getConversations(Set.of("947")).await().atMost(WAIT));
        assertEquals(List.of(), calls("get-agents-in-conversation"));
    }

    @Test
    void listMessagesReturnsTheWholeConversationOldestFirst() {
        stub("get-conversation", "get-conversation-946.json");

        Page<Message> page = adapter.listMessages("946", null).await().atMost(WAIT);

        assertEquals(List.of("2044", "2045", "2046"), page.items().stream().map(Message::remoteId).toList());
        assertNull(page.nextPageToken());
        assertEquals(3, page.totalCount());
        Message hello = page.items().get(0);
        assertEquals("946", hello.conversationRemoteId());
        assertEquals("Hello!", hello.body());
        assertEquals(Channel.CHAT, hello.channel());
        assertEquals(AuthorRole.CUSTOMER, hello.authorRole());
        assertEquals("802", hello.authorRemoteId());
        assertEquals(List.of(), hello.attachments());
        Message answer = page.items().get(1);
        assertEquals(AuthorRole.AGENT, answer.authorRole());
        assertEquals("377", answer.authorRemoteId());
        assertEquals(Instant.parse("2020-05-04T10:06:33Z"), answer.createdAt());
        assertEquals(List.of(new Attachment("manual.pdf", "https://chat.gbtalk.test/script/uploads/manual.pdf"),
                new Attachment("photo.png", "https://chat.gbtalk.test/script/uploads/photo.png")),
                answer.attachments());
        assertEquals(AuthorRole.BOT, page.items().get(2).authorRole());
        assertCalledOnce("get-conversation", "conversation_id", "946");
    }

    @Test
    void listMessagesOfAnUnknownConversationIsNotFound() {
        stub("get-conversation", "get-conversation-missing.json");

        assertFailure(failure(adapter.listMessages("947", null)), ErrorCode.NOT_FOUND);
        assertCalledOnce("get-conversation", "conversation_id", "947");
    }

    @Test
    void listMessagesOfAnIdGbTalkCouldNotHaveIssuedIsNotFoundWithoutACall() {
        assertFailure(failure(adapter.listMessages("abc", null)), ErrorCode.NOT_FOUND);
        assertEquals(0, callCount());
    }

    @Test
    void listNotesMapsTheConversationsNotes() {
        stub("get-notes", "get-notes.json");

        List<Note> notes = adapter.listNotes("946").await().atMost(WAIT);

        assertEquals(List.of("98207", "76986"), notes.stream().map(Note::remoteId).toList());
        Note approved = notes.get(0);
        assertEquals(Vendor.GBTALK, approved.vendor());
        assertEquals("946", approved.conversationRemoteId());
        assertEquals("Refund approved by finance, ticket FIN-221.", approved.body());
        assertEquals("12", approved.authorRemoteId());
        assertNull(approved.createdAt());
        assertEquals(Instant.parse("2020-05-06T09:15:00Z"), notes.get(1).createdAt());
        assertCalledOnce("get-notes", "conversation_id", "946");
    }

    @Test
    void listNotesAcceptsTheBareArrayTheDocsPrint() {
        stub(function("get-notes"), json(200, """
                [{"id": 5, "user_id": "12", "name": "Bare", "message": "Printed without the envelope"}]
                """));

        List<Note> notes = adapter.listNotes("946").await().atMost(WAIT);

        assertEquals(List.of("Printed without the envelope"), notes.stream().map(Note::body).toList());
    }

    private static Map<String, Object> conversationRow(int conversationId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(conversationId * 10));
        row.put("user_id", "900");
        row.put("message", "Message " + conversationId);
        row.put("creation_time", "2020-04-24 10:53:35");
        row.put("attachments", "");
        row.put("status_code", "0");
        row.put("payload", "");
        row.put("conversation_id", String.valueOf(conversationId));
        row.put("message_user_type", "visitor");
        row.put("first_name", "User");
        row.put("last_name", "#900");
        row.put("profile_image", "https://chat.gbtalk.test/script/uploads/user.svg");
        row.put("conversation_status_code", "2");
        row.put("user_type", "visitor");
        return row;
    }
}
