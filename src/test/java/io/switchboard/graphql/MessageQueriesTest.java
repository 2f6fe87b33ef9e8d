package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * A conversation's messages, last message and notes end to end, with their authors and attachments: GB Talk from
 * {@code get-conversation}, the list rows and {@code get-notes}; Gladly from the conversation's items, split into
 * messages and notes.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class MessageQueriesTest extends EndToEndTestSupport {

    private static final String PRIYA = "cst-20240311-0042";
    private static final String LENA = "Vb7Qm2LxS0eYt1uNcRkP4w";
    private static final String GLADLY_CONVERSATION = "Cv3nP0qRTa6mW2yZk8LdHg";

    /** Every field of a message, its author as either kind of participant. */
    private static final String MESSAGE_FIELDS = """
            id vendor remoteId conversationId body channel createdAt authorRole
            author {
              __typename
              ... on Agent { id name }
              ... on Customer { id name }
            }
            attachments { name url }
            """;

    // ------------------------------------------------------------------ GB Talk

    @Test
    void gbTalkMessagesComeOldestFirstFromGetConversationWithTheirAuthorsAndAttachments() {
        stubConversation946();

        query("""
                {
                  conversation(id: "gid://gbtalk/Conversation/946") {
                    messages {
                      totalCount
                      pageInfo { hasNextPage }
                      edges { node { %s } }
                    }
                  }
                }
                """.formatted(MESSAGE_FIELDS))
                .body("errors", nullValue())
                .body("data.conversation.messages.totalCount", is(3))
                .body("data.conversation.messages.pageInfo.hasNextPage", is(false))
                .body("data.conversation.messages.edges.node.id", contains("gid://gbtalk/Message/2044",
                        "gid://gbtalk/Message/2045", "gid://gbtalk/Message/2046"))
                .body("data.conversation.messages.edges.node.vendor", contains("GBTALK", "GBTALK", "GBTALK"))
                .body("data.conversation.messages.edges.node.remoteId", contains("2044", "2045", "2046"))
                .body("data.conversation.messages.edges.node.conversationId", contains(
                        "gid://gbtalk/Conversation/946", "gid://gbtalk/Conversation/946",
                        "gid://gbtalk/Conversation/946"))
                .body("data.conversation.messages.edges.node.body", contains("Hello!", "Hello, how can I help?",
                        "Please rate this conversation."))
                .body("data.conversation.messages.edges.node.channel", contains("CHAT", "CHAT", "CHAT"))
                .body("data.conversation.messages.edges.node.createdAt", contains("2020-05-04T10:06:30Z",
                        "2020-05-04T10:06:33Z", "2020-05-04T10:07:02Z"))
                .body("data.conversation.messages.edges.node.authorRole", contains("CUSTOMER", "AGENT", "BOT"))
                .body("data.conversation.messages.edges[0].node.author.__typename", is("Customer"))
                .body("data.conversation.messages.edges[0].node.author.id", is("gid://gbtalk/Customer/802"))
                .body("data.conversation.messages.edges[0].node.author.name", is("Don John"))
                .body("data.conversation.messages.edges[1].node.author.__typename", is("Agent"))
                .body("data.conversation.messages.edges[1].node.author.id", is("gid://gbtalk/Agent/377"))
                .body("data.conversation.messages.edges[1].node.author.name", is("Bruce Peterson"))
                .body("data.conversation.messages.edges[2].node.author", nullValue())
                .body("data.conversation.messages.edges[0].node.attachments", empty())
                .body("data.conversation.messages.edges[1].node.attachments.name", contains("manual.pdf",
                        "photo.png"))
                .body("data.conversation.messages.edges[1].node.attachments.url", contains(
                        "https://chat.gbtalk.test/script/uploads/manual.pdf",
                        "https://chat.gbtalk.test/script/uploads/photo.png"));

        // one get-conversation for the conversation, one for its message list
        assertEquals(List.of(form("get-conversation", "conversation_id", "946"),
                form("get-conversation", "conversation_id", "946")), calls("get-conversation"));
        // each kind of author in one call, not one per message
        assertEquals(sorted(List.of(form("get-users", "user_ids", "[\"802\"]", "extra", "true"),
                form("get-users", "user_ids", "[\"377\"]"))), sorted(calls("get-users")));
    }

    @Test
    void gbTalkMessagesPageInsideTheConversationFromTheCachedList() {
        stubConversation946();
        String page = """
                query($after: String) {
                  conversation(id: "gid://gbtalk/Conversation/946") {
                    messages(first: 2, after: $after) {
                      edges { cursor node { remoteId } }
                      pageInfo { hasNextPage endCursor }
                    }
                  }
                }
                """;

        ValidatableResponse first = query(page)
                .body("errors", nullValue())
                .body("data.conversation.messages.edges.node.remoteId", contains("2044", "2045"))
                .body("data.conversation.messages.pageInfo.hasNextPage", is(true));
        String endCursor = first.extract().path("data.conversation.messages.pageInfo.endCursor");
        assertEquals(first.extract().path("data.conversation.messages.edges[1].cursor"), endCursor);
        int callsForTheFirstPage = allCalls().size();

        query(page, Map.of("after", endCursor))
                .body("errors", nullValue())
                .body("data.conversation.messages.edges.node.remoteId", contains("2046"))
                .body("data.conversation.messages.pageInfo.hasNextPage", is(false));

        assertEquals(callsForTheFirstPage, allCalls().size(),
                "the next page comes from the cached conversation and message list");
    }

    @Test
    void aMessageCursorOfAnotherListIsBadUserInput() {
        stubConversation946();
        String conversationCursor = query("""
                { conversation(id: "gid://gbtalk/Conversation/946") { messages(first: 1) { pageInfo { endCursor } } } }
                """).extract().path("data.conversation.messages.pageInfo.endCursor");
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("947")),
                file("get-conversation-946.json"));

        query("""
                query($after: String) {
                  conversation(id: "gid://gbtalk/Conversation/947") {
                    remoteId
                    messages(first: 1, after: $after) { edges { cursor } }
                  }
                }
                """, Map.of("after", conversationCursor))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("conversation", "messages"));
    }

    @Test
    void gbTalkLastMessagesComeWithTheListRowsAndTheirAuthorsInOneCallPerKind() {
        stub("get-conversations", "get-conversations.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"632\",\"640\"]")),
                file("e2e-conv-customers-632-640.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"12\"]")),
                file("get-users-by-ids-agents.json"));
        stub("get-online-users", "get-online-users-agents.json");

        query("""
                {
                  conversations {
                    edges { node { remoteId lastMessage { %s } } }
                  }
                }
                """.formatted(MESSAGE_FIELDS))
                .body("errors", nullValue())
                .body("data.conversations.edges.node.remoteId", contains("764", "763", "760"))
                .body("data.conversations.edges.node.lastMessage.id", contains("gid://gbtalk/Message/1431",
                        "gid://gbtalk/Message/1430", "gid://gbtalk/Message/1400"))
                .body("data.conversations.edges.node.lastMessage.conversationId", contains(
                        "gid://gbtalk/Conversation/764", "gid://gbtalk/Conversation/763",
                        "gid://gbtalk/Conversation/760"))
                .body("data.conversations.edges.node.lastMessage.body", contains("Hello! Where is my parcel?",
                        "It left our warehouse this morning.", "Thanks!"))
                .body("data.conversations.edges.node.lastMessage.channel", contains("CHAT", "WHATSAPP", "OTHER"))
                .body("data.conversations.edges.node.lastMessage.createdAt", contains("2020-04-24T10:53:35Z",
                        "2020-04-24T10:38:37Z", "2020-04-23T09:00:00Z"))
                .body("data.conversations.edges.node.lastMessage.authorRole", contains("CUSTOMER", "AGENT",
                        "CUSTOMER"))
                .body("data.conversations.edges.node.lastMessage.author.__typename", contains("Customer", "Agent",
                        "Customer"))
                .body("data.conversations.edges.node.lastMessage.author.id", contains("gid://gbtalk/Customer/632",
                        "gid://gbtalk/Agent/12", "gid://gbtalk/Customer/640"))
                .body("data.conversations.edges.node.lastMessage.author.name", contains("Don John",
                        "Bruce Peterson", "Mia Lindqvist"))
                .body("data.conversations.edges[0].node.lastMessage.attachments.name", contains("receipt.pdf"))
                .body("data.conversations.edges[0].node.lastMessage.attachments.url", contains(
                        "https://chat.gbtalk.test/script/uploads/24-04-20/receipt.pdf"))
                .body("data.conversations.edges[1].node.lastMessage.attachments", empty());

        assertEquals(List.of(), calls("get-conversation"), "the list rows carry the last message");
        assertEquals(sorted(List.of(form("get-users", "user_ids", "[\"632\",\"640\"]", "extra", "true"),
                form("get-users", "user_ids", "[\"12\"]"))), sorted(calls("get-users")));
        assertEquals(List.of(form("get-online-users", "agents", "true")), calls("get-online-users"));
    }

    @Test
    void gbTalkNotesComeFromGetNotesWithTheirAuthors() {
        stubConversation946();
        stub("get-notes", "get-notes.json");
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"12\",\"15\"]")),
                file("get-users-by-ids-agents.json"));

        query("""
                {
                  conversation(id: "gid://gbtalk/Conversation/946") {
                    notes { id body author { id name status } createdAt }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.conversation.notes.id", contains("gid://gbtalk/Note/98207", "gid://gbtalk/Note/76986"))
                .body("data.conversation.notes.body", contains("Refund approved by finance, ticket FIN-221.",
                        "Call the customer back on Monday."))
                .body("data.conversation.notes.author.id", contains("gid://gbtalk/Agent/12",
                        "gid://gbtalk/Agent/15"))
                .body("data.conversation.notes.author.name", contains("Bruce Peterson", "Ada Moreau"))
                .body("data.conversation.notes.author.status", contains("OFFLINE", "ONLINE"))
                .body("data.conversation.notes.createdAt", contains(null, "2020-05-06T09:15:00Z"));

        assertEquals(List.of(form("get-notes", "conversation_id", "946")), calls("get-notes"));
        assertEquals(List.of(form("get-users", "user_ids", "[\"12\",\"15\"]")), calls("get-users"));
    }

    // ------------------------------------------------------------------ Gladly

    @Test
    void gladlyMessagesAreTheMessageItemsOfTheConversationOldestFirst() {
        stubGladlyConversation();
        String base = "http://localhost:" + VendorStubs.gladly().port() + "/api/v1";

        query("""
                query($id: ID!) {
                  conversation(id: $id) {
                    messages {
                      totalCount
                      edges { node { %s } }
                    }
                  }
                }
                """.formatted(MESSAGE_FIELDS), Map.of("id", "gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("errors", nullValue())
                .body("data.conversation.messages.totalCount", is(6))
                .body("data.conversation.messages.edges.node.remoteId", contains("It0aQ1bR2cS3dT4eU5fV6g",
                        "It3dT4eU5fV6gW7hX8iY9j", "It4eU5fV6gW7hX8iY9jZ0k", "It5fV6gW7hX8iY9jZ0kA1l",
                        "It6gW7hX8iY9jZ0kA1lB2m", "It7hX8iY9jZ0kA1lB2mC3n"))
                .body("data.conversation.messages.edges[0].node.id", is("gid://gladly/Message/It0aQ1bR2cS3dT4eU5fV6g"))
                .body("data.conversation.messages.edges[0].node.vendor", is("GLADLY"))
                .body("data.conversation.messages.edges[0].node.conversationId",
                        is("gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("data.conversation.messages.edges.node.body", contains("Where is my order?",
                        "Your parcel is at the depot; here is the label.", "Thanks, I will pick it up tomorrow.",
                        "Customer confirmed pickup at the depot.", "Is there anything else I can help with?",
                        "Did this solve your problem?"))
                .body("data.conversation.messages.edges.node.channel", contains("SMS", "CHAT", "EMAIL", "PHONE",
                        "PHONE", "CHAT"))
                .body("data.conversation.messages.edges.node.createdAt", contains("2024-03-12T08:20:11.204Z",
                        "2024-03-12T08:25:18.072729330Z", "2024-03-12T08:31:02Z", "2024-03-12T08:40:00Z",
                        "2024-03-12T08:45:10.123456Z", "2024-03-12T08:46:00Z"))
                .body("data.conversation.messages.edges.node.authorRole", contains("CUSTOMER", "AGENT", "CUSTOMER",
                        "CUSTOMER", "SYSTEM", "BOT"))
                .body("data.conversation.messages.edges.collect { it.node.author?.__typename }", contains("Customer",
                        "Agent", "Customer", "Customer", null, null))
                .body("data.conversation.messages.edges.collect { it.node.author?.name }", contains("Priya Raman",
                        "Lena Ortiz", "Priya Raman", "Priya Raman", null, null))
                .body("data.conversation.messages.edges[1].node.author.id", is("gid://gladly/Agent/" + LENA))
                .body("data.conversation.messages.edges[0].node.author.id", is("gid://gladly/Customer/" + PRIYA))
                .body("data.conversation.messages.edges[0].node.attachments", empty())
                .body("data.conversation.messages.edges[1].node.attachments.name", contains("return-label.pdf"))
                .body("data.conversation.messages.edges[1].node.attachments.url", contains(base
                        + "/conversation-items/It3dT4eU5fV6gW7hX8iY9j/attachments/At7gG8hH9iI0jJ1kK2lL3m"))
                .body("data.conversation.messages.edges[3].node.attachments.name", contains("recording.mp3"))
                .body("data.conversation.messages.edges[3].node.attachments.url", contains(base
                        + "/conversation-items/It5fV6gW7hX8iY9jZ0kA1l/media/recording"));

        VendorStubs.gladly().verify(1, authorizedGet("/conversations/" + GLADLY_CONVERSATION));
        VendorStubs.gladly().verify(1, authorizedGet("/conversations/" + GLADLY_CONVERSATION + "/items"));
        VendorStubs.gladly().verify(1, authorizedGet("/customer-profiles/" + PRIYA));
        VendorStubs.gladly().verify(1, authorizedGet("/agents/" + LENA));
        VendorStubs.gladly().verify(4, anyRequestedFor(anyUrl()));
    }

    @Test
    void gladlyNotesAreTheNoteItemsOfTheConversation() {
        stubGladlyConversation();

        query("""
                query($id: ID!) {
                  conversation(id: $id) {
                    notes { id body author { id name } createdAt }
                  }
                }
                """, Map.of("id", "gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("errors", nullValue())
                .body("data.conversation.notes.id", contains("gid://gladly/Note/It2cS3dT4eU5fV6gW7hX8i",
                        "gid://gladly/Note/It8iY9jZ0kA1lB2mC3nD4o"))
                .body("data.conversation.notes.body", contains(
                        "Parcel shows as held at the depot; calling the carrier.", "Synced to OMS ticket 4471."))
                .body("data.conversation.notes[0].author.id", is("gid://gladly/Agent/" + LENA))
                .body("data.conversation.notes[0].author.name", is("Lena Ortiz"))
                // written through the API: no agent to name
                .body("data.conversation.notes[1].author", nullValue())
                .body("data.conversation.notes.createdAt", contains("2024-03-12T08:22:30.500Z",
                        "2024-03-12T08:55:00Z"));

        VendorStubs.gladly().verify(1, authorizedGet("/conversations/" + GLADLY_CONVERSATION + "/items"));
        VendorStubs.gladly().verify(1, authorizedGet("/agents/" + LENA));
        VendorStubs.gladly().verify(3, anyRequestedFor(anyUrl()));
    }

    @Test
    void gladlyLastMessageIsTheLastMessageItem() {
        stubGladlyConversation();

        query("""
                query($id: ID!) {
                  conversation(id: $id) {
                    lastMessage { id body channel authorRole author { __typename } }
                  }
                }
                """, Map.of("id", "gid://gladly/Conversation/" + GLADLY_CONVERSATION))
                .body("errors", nullValue())
                .body("data.conversation.lastMessage.id", is("gid://gladly/Message/It7hX8iY9jZ0kA1lB2mC3n"))
                .body("data.conversation.lastMessage.body", is("Did this solve your problem?"))
                .body("data.conversation.lastMessage.channel", is("CHAT"))
                .body("data.conversation.lastMessage.authorRole", is("BOT"))
                .body("data.conversation.lastMessage.author", nullValue());

        VendorStubs.gladly().verify(1, authorizedGet("/conversations/" + GLADLY_CONVERSATION));
        VendorStubs.gladly().verify(1, authorizedGet("/conversations/" + GLADLY_CONVERSATION + "/items"));
        VendorStubs.gladly().verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void aMessageListThatFailsIsReportedOnceAtItsOwnConversation() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/customers/" + PRIYA + "/conversations", file("e2e-conv-customer-conversations.json"));
        stubGet("/conversations/" + GLADLY_CONVERSATION + "/items", file("conversation-items.json"));
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/conversations/Cv0aZ9yXWb8vU7tS6rQ5pO/items"))
                .willReturn(json(200, "[]")));
        for (String failing : List.of("Cv1bA0zYXc9wV8uT7sR6qP", "Cv2cB1aZYd0xW9vU8tS7rQ")) {
            VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/conversations/" + failing + "/items"))
                    .willReturn(aResponse().withStatus(500)));
        }

        query("""
                query($id: ID!) {
                  customer(id: $id) {
                    conversations { edges { node { remoteId lastMessage { body } } } }
                  }
                }
                """, Map.of("id", "gid://gladly/Customer/" + PRIYA))
                .body("data.customer.conversations.edges.collect { it.node.lastMessage?.body }", contains(null, null,
                        null, "Did this solve your problem?"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].path", contains("customer", "conversations", "edges", 1, "node", "lastMessage"));
    }

    // ------------------------------------------------------------------ stubs

    private static void stubConversation946() {
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("946")),
                file("get-conversation-946.json"));
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"802\"]")),
                file("get-users-by-ids-customers.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"377\"]")),
                file("e2e-conv-agent-377.json"));
        stub("get-online-users", "get-online-users-agents.json");
    }

    private static void stubGladlyConversation() {
        stubGet("/conversations/" + GLADLY_CONVERSATION, file("conversation.json"));
        stubGet("/conversations/" + GLADLY_CONVERSATION + "/items", file("conversation-items.json"));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/agents/" + LENA, file("e2e-conv-agent-lena.json"));
    }
}
