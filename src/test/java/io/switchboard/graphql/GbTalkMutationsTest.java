package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.testing.GbTalkStubs.allCalls;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * Every mutation GB Talk serves, end to end: a GraphQL document in, the real GB Talk adapter out to WireMock. Each
 * test checks the exact form GB Talk received, the mapped answer, and that the next query shows the change
 * (read-your-writes); bad input is refused before any call; a clientMutationId makes a retry answer the first result
 * without writing again.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkMutationsTest extends EndToEndTestSupport {

    private static final String CONVERSATION = "gid://gbtalk/Conversation/946";
    private static final String DONE = "{\"success\": true, \"response\": true}";
    private static final String SENT_2050 = """
            {"success": true, "response": {"status": "success", "message-id": 2050, "queue": false,
              "notifications": []}}
            """;

    private static final String AGENTS = """
            { agents(vendor: GBTALK) { edges { node { id name } } } }
            """;

    private static final String SEND = """
            mutation($input: SendMessageInput!) {
              sendMessage(input: $input) {
                id vendor remoteId conversationId body authorRole createdAt
                attachments { name url }
                author { ... on Agent { id name } }
              }
            }
            """;

    private static final String CONVERSATION_WITH_MESSAGES = """
            query($id: ID!) {
              conversation(id: $id) {
                id status
                lastMessage { id body }
                messages { edges { node { id body } } }
              }
            }
            """;

    @BeforeEach
    void stubOnlineUsers() {
        stub(function("get-online-users"), file("get-online-users-agents.json"));
    }

    // ------------------------------------------------------------------ agents

    @Test
    void createAgentAddsAnAgentUserAndTheAgentListShowsIt() {
        stub(function("get-users").withFormParam("user_types", equalTo("[\"agent\",\"admin\"]"))
                .inScenario("create").whenScenarioStateIs(STARTED), file("get-users-agents.json"));
        stub(function("get-users").withFormParam("user_types", equalTo("[\"agent\",\"admin\"]"))
                .inScenario("create").whenScenarioStateIs("created"),
                file("write-get-users-agents-after-create.json"));
        stub(function("add-user").inScenario("create").willSetStateTo("created"),
                json(200, "{\"success\": true, \"response\": 901}"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"901\"]")),
                file("write-get-users-new-agent.json"));

        query(AGENTS).body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://gbtalk/Agent/15", "gid://gbtalk/Agent/12",
                        "gid://gbtalk/Agent/9"));

        query("""
                mutation($input: CreateAgentInput!) {
                  createAgent(input: $input) { id vendor remoteId name email username avatarUrl status createdAt }
                }
                """, Map.of("input", Map.of("vendor", "GBTALK", "name", "Grace Brewster Hopper",
                "email", "grace.hopper@gbtalk.test", "avatarUrl", "https://cdn.gbtalk.test/avatars/grace.png",
                "password", "s3cret-Passw0rd")))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://gbtalk/Agent/901"))
                .body("data.createAgent.vendor", is("GBTALK"))
                .body("data.createAgent.name", is("Grace Brewster Hopper"))
                .body("data.createAgent.email", is("grace.hopper@gbtalk.test"))
                .body("data.createAgent.username", is("grace.hopper@gbtalk.test"))
                .body("data.createAgent.avatarUrl", is("https://cdn.gbtalk.test/avatars/grace.png"))
                .body("data.createAgent.status", is("OFFLINE"))
                .body("data.createAgent.createdAt", is("2026-11-03T08:15:00Z"));

        assertEquals(List.of(form("add-user", "user_type", "agent", "first_name", "Grace", "last_name",
                "Brewster Hopper", "email", "grace.hopper@gbtalk.test", "profile_image",
                "https://cdn.gbtalk.test/avatars/grace.png", "password", "s3cret-Passw0rd")), calls("add-user"));

        // the cached agent list was dropped: the new agent shows
        query(AGENTS).body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://gbtalk/Agent/901", "gid://gbtalk/Agent/15",
                        "gid://gbtalk/Agent/12", "gid://gbtalk/Agent/9"));
        // and the new agent itself is served from the store
        int before = allCalls().size();
        query("""
                { agent(id: "gid://gbtalk/Agent/901") { name } }
                """).body("data.agent.name", is("Grace Brewster Hopper"));
        assertEquals(before, allCalls().size());
    }

    @Test
    void createAgentRefusesBlingerFieldsForGbTalkBeforeAnyCall() {
        query("""
                mutation {
                  createAgent(input: {vendor: GBTALK, name: "Grace Hopper", status: ONLINE}) { id }
                }
                """)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "status"))
                .body("errors[0].path", contains("createAgent"));
        query("""
                mutation {
                  createAgent(input: {vendor: GBTALK, name: "Grace Hopper", active: true}) { id }
                }
                """)
                .body("errors[0].extensions.inputPath", contains("input", "active"));
        assertEquals(List.of(), allCalls());
    }

    @Test
    void updateAgentSendsTheChangesAndTheAgentShowsThem() {
        stub(function("get-users").inScenario("update").whenScenarioStateIs(STARTED),
                file("get-users-by-ids-agents.json"));
        stub(function("update-user").inScenario("update").willSetStateTo("updated"), json(200, DONE));
        stub(function("get-users").inScenario("update").whenScenarioStateIs("updated"),
                file("write-get-users-updated-agent.json"));
        String agent = """
                { agent(id: "gid://gbtalk/Agent/12") { name email } }
                """;
        query(agent).body("data.agent.name", is("Bruce Peterson"));

        query("""
                mutation {
                  updateAgent(id: "gid://gbtalk/Agent/12",
                              input: {name: "Bruce Wayne Peterson", email: "bruce.wayne@gbtalk.test"}) {
                    id name email
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.updateAgent.id", is("gid://gbtalk/Agent/12"))
                .body("data.updateAgent.name", is("Bruce Wayne Peterson"))
                .body("data.updateAgent.email", is("bruce.wayne@gbtalk.test"));

        assertEquals(List.of(form("update-user", "user_id", "12", "first_name", "Bruce", "last_name",
                "Wayne Peterson", "email", "bruce.wayne@gbtalk.test")), calls("update-user"));
        query(agent)
                .body("data.agent.name", is("Bruce Wayne Peterson"))
                .body("data.agent.email", is("bruce.wayne@gbtalk.test"));
        assertEquals(3, calls("get-users").size(), "the query before, the check, the read-back; none after");
    }

    @Test
    void updateAgentOfACustomerIdIsNotFoundAndChangesNothing() {
        stub(function("get-users"), file("get-users-by-ids-customers.json"));

        query("""
                mutation { updateAgent(id: "gid://gbtalk/Agent/802", input: {name: "Not An Agent"}) { id } }
                """)
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GBTALK"));
        assertEquals(List.of(), calls("update-user"));
    }

    // ------------------------------------------------------------------ customers

    @Test
    void createCustomerAddsAUserWithThePhoneAsAnExtraDetail() {
        stub(function("add-user"), json(200, "{\"success\": true, \"response\": 902}"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"902\"]")),
                file("write-get-users-new-customer.json"));

        query("""
                mutation {
                  createCustomer(input: {vendor: GBTALK, name: "Ada King Lovelace", emails: ["ada@example.test"],
                                         phones: ["+15035550142"], type: LEAD}) {
                    id vendor remoteId name firstName lastName emails phones type createdAt
                    attributes { key value }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.createCustomer.id", is("gid://gbtalk/Customer/902"))
                .body("data.createCustomer.name", is("Ada King Lovelace"))
                .body("data.createCustomer.firstName", is("Ada"))
                .body("data.createCustomer.lastName", is("King Lovelace"))
                .body("data.createCustomer.emails", contains("ada@example.test"))
                .body("data.createCustomer.phones", contains("+15035550142"))
                .body("data.createCustomer.type", is("LEAD"))
                .body("data.createCustomer.createdAt", is("2026-11-03T08:20:00Z"))
                .body("data.createCustomer.attributes.key", contains("phone"));

        assertEquals(List.of(form("add-user", "user_type", "lead", "first_name", "Ada", "last_name",
                "King Lovelace", "email", "ada@example.test", "extra", "{\"phone\":[\"+15035550142\",\"Phone\"]}")),
                calls("add-user"));
        int before = allCalls().size();
        query("""
                { customer(id: "gid://gbtalk/Customer/902") { phones } }
                """).body("data.customer.phones", contains("+15035550142"));
        assertEquals(before, allCalls().size(), "served from the store");
    }

    @Test
    void createCustomerWithATakenEmailIsVendorRejected() {
        stub(function("add-user"), json(200, "{\"success\": false, \"response\": \"duplicate-email\"}"));

        query("""
                mutation {
                  createCustomer(input: {vendor: GBTALK, name: "Don John", emails: ["don.john@example.test"]}) { id }
                }
                """)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].message", containsString("duplicate-email"));
        assertEquals(List.of(), calls("get-users"));
    }

    @Test
    void createCustomerWithTwoEmailsIsBadInputForGbTalkBeforeAnyCall() {
        query("""
                mutation {
                  createCustomer(input: {vendor: GBTALK, name: "Ada", emails: ["a@example.test", "b@example.test"]}) {
                    id
                  }
                }
                """)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "emails"));
        assertEquals(List.of(), allCalls());
    }

    @Test
    void updateCustomerDeletesTheEmailAndPhoneAndTheCustomerShowsIt() {
        stub(function("get-users").inScenario("update").whenScenarioStateIs(STARTED),
                file("get-users-by-ids-customers.json"));
        stub(function("update-user").inScenario("update").willSetStateTo("updated"), json(200, DONE));
        stub(function("get-users").inScenario("update").whenScenarioStateIs("updated"),
                file("write-get-users-updated-customer.json"));
        String customer = """
                { customer(id: "gid://gbtalk/Customer/802") { name emails phones } }
                """;
        query(customer).body("data.customer.phones", contains("+4462367136"));

        query("""
                mutation {
                  updateCustomer(id: "gid://gbtalk/Customer/802", input: {firstName: "Donna", emails: [], phones: []}) {
                    id name emails phones
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.updateCustomer.name", is("Donna John"))
                .body("data.updateCustomer.emails", hasSize(0))
                .body("data.updateCustomer.phones", hasSize(0));

        assertEquals(List.of(form("update-user", "user_id", "802", "first_name", "Donna", "email", "NULL",
                "settings_extra", "{\"phone\":[\"\",\"Phone\"]}")), calls("update-user"));
        query(customer)
                .body("data.customer.name", is("Donna John"))
                .body("data.customer.phones", hasSize(0));
    }

    // ------------------------------------------------------------------ conversations

    @Test
    void createConversationStartsOneWithTheAssigneeWritten() {
        stub(function("new-conversation"), file("write-new-conversation.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"802\"]")),
                file("get-users-by-ids-customers.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"12\"]")),
                file("get-users-by-ids-agents.json"));

        query("""
                mutation {
                  createConversation(input: {customerId: "gid://gbtalk/Customer/802", title: "Damaged parcel",
                                             status: WAITING_ON_AGENT, assigneeId: "gid://gbtalk/Agent/12"}) {
                    id vendor title status channel createdAt
                    customer { id name }
                    assignee { id name }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.createConversation.id", is("gid://gbtalk/Conversation/1007"))
                .body("data.createConversation.title", is("Damaged parcel"))
                .body("data.createConversation.status", is("WAITING_ON_AGENT"))
                .body("data.createConversation.channel", is("CHAT"))
                .body("data.createConversation.createdAt", is("2026-11-03T08:30:00Z"))
                .body("data.createConversation.customer.id", is("gid://gbtalk/Customer/802"))
                .body("data.createConversation.customer.name", is("Don John"))
                .body("data.createConversation.assignee.id", is("gid://gbtalk/Agent/12"))
                .body("data.createConversation.assignee.name", is("Bruce Peterson"));

        assertEquals(List.of(form("new-conversation", "user_id", "802", "title", "Damaged parcel", "status_code",
                "2", "agent_id", "12")), calls("new-conversation"));
        query("""
                { conversation(id: "gid://gbtalk/Conversation/1007") { title assignee { id } } }
                """)
                .body("data.conversation.title", is("Damaged parcel"))
                .body("data.conversation.assignee.id", is("gid://gbtalk/Agent/12"));
        assertEquals(List.of(), calls("get-conversation"), "the new conversation is served from the store");
    }

    @Test
    void sendMessageSendsTheAttachmentsAndTheConversationShowsTheNewMessage() {
        stubConversationBeforeAndAfter("send-message", json(200, SENT_2050), "write-get-conversation-after-send.json");
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"12\"]")),
                file("get-users-by-ids-agents.json"));

        query(CONVERSATION_WITH_MESSAGES, Map.of("id", CONVERSATION))
                .body("errors", nullValue())
                .body("data.conversation.lastMessage.id", is("gid://gbtalk/Message/2046"))
                .body("data.conversation.messages.edges.node.id", contains("gid://gbtalk/Message/2044",
                        "gid://gbtalk/Message/2045", "gid://gbtalk/Message/2046"));

        query(SEND, Map.of("input", Map.of("conversationId", CONVERSATION, "body", "Here is your invoice.",
                "authorId", "gid://gbtalk/Agent/12", "attachments",
                List.of(Map.of("name", "invoice.pdf", "url", "https://files.example.test/invoice.pdf")))))
                .body("errors", nullValue())
                .body("data.sendMessage.id", is("gid://gbtalk/Message/2050"))
                .body("data.sendMessage.vendor", is("GBTALK"))
                .body("data.sendMessage.conversationId", is(CONVERSATION))
                .body("data.sendMessage.body", is("Here is your invoice."))
                .body("data.sendMessage.authorRole", is("AGENT"))
                .body("data.sendMessage.createdAt", is("2026-11-03T08:40:00Z"))
                .body("data.sendMessage.attachments[0].name", is("invoice.pdf"))
                .body("data.sendMessage.attachments[0].url", is("https://files.example.test/invoice.pdf"))
                .body("data.sendMessage.author.id", is("gid://gbtalk/Agent/12"))
                .body("data.sendMessage.author.name", is("Bruce Peterson"));

        assertEquals(List.of(form("send-message", "user_id", "12", "conversation_id", "946", "message",
                "Here is your invoice.", "attachments",
                "[[\"invoice.pdf\",\"https://files.example.test/invoice.pdf\"]]")), calls("send-message"));

        query(CONVERSATION_WITH_MESSAGES, Map.of("id", CONVERSATION))
                .body("errors", nullValue())
                .body("data.conversation.status", is("WAITING_ON_CUSTOMER"))
                .body("data.conversation.lastMessage.id", is("gid://gbtalk/Message/2050"))
                .body("data.conversation.messages.edges.node.id", contains("gid://gbtalk/Message/2044",
                        "gid://gbtalk/Message/2050"));
    }

    @Test
    void sendMessageWithoutAnAuthorIsSentAsTheBot() {
        stub(function("get-bot-id"), json(200, "{\"success\": true, \"response\": 3}"));
        stub(function("send-message"), json(200, SENT_2050.replace("2050", "2051")));
        stub(function("get-conversation"), file("write-get-conversation-after-bot.json"));

        query(SEND, Map.of("input", Map.of("conversationId", CONVERSATION, "body", "Your ticket was updated.")))
                .body("errors", nullValue())
                .body("data.sendMessage.id", is("gid://gbtalk/Message/2051"))
                .body("data.sendMessage.authorRole", is("BOT"))
                .body("data.sendMessage.attachments", hasSize(0));

        assertEquals(List.of(form("send-message", "user_id", "3", "conversation_id", "946", "message",
                "Your ticket was updated.")), calls("send-message"));
    }

    @Test
    void sendMessageReplayedWithTheSameClientMutationIdIsSentOnce() {
        stub(function("send-message"), json(200, SENT_2050));
        stub(function("get-conversation"), file("write-get-conversation-after-send.json"));
        String id = "cm-" + UUID.randomUUID();
        Map<String, Object> input = new LinkedHashMap<>(Map.of("conversationId", CONVERSATION, "body",
                "Here is your invoice.", "authorId", "gid://gbtalk/Agent/12", "clientMutationId", id));
        String send = """
                mutation($input: SendMessageInput!) { sendMessage(input: $input) { id body } }
                """;

        query(send, Map.of("input", input)).body("errors", nullValue())
                .body("data.sendMessage.id", is("gid://gbtalk/Message/2050"));
        query(send, Map.of("input", input)).body("errors", nullValue())
                .body("data.sendMessage.id", is("gid://gbtalk/Message/2050"))
                .body("data.sendMessage.body", is("Here is your invoice."));
        assertEquals(1, calls("send-message").size(), "the replay did not write again");

        input.put("body", "Something else");
        query(send, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("clientMutationId"));
        assertEquals(1, calls("send-message").size());
    }

    @Test
    void aSendThatFailedAtGbTalkIsReportedAgainOnRetryWithoutASecondSend() {
        stub(function("send-message"), json(500, "Internal Server Error"));
        Map<String, Object> input = Map.of("conversationId", CONVERSATION, "body", "Hello?", "authorId",
                "gid://gbtalk/Agent/12", "clientMutationId", "cm-" + UUID.randomUUID());
        String send = """
                mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }
                """;

        query(send, Map.of("input", input))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"));
        stub(function("send-message"), json(200, SENT_2050));
        query(send, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"));

        assertEquals(1, calls("send-message").size(), "the outcome was unknown: never sent a second time");
    }

    @Test
    void sendMessageWithAnotherVendorsAuthorIsBadInputBeforeAnyCall() {
        query(SEND, Map.of("input", Map.of("conversationId", CONVERSATION, "body", "Hi", "authorId",
                "gid://gladly/Agent/WmeA3Y51Q5ayCAaZ1AotIA")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "authorId"));
        assertEquals(List.of(), allCalls());
    }

    @Test
    void updateConversationStatusMovesTheConversationIntoTheFilteredList() {
        String closed = """
                { conversations(vendor: GBTALK, status: CLOSED) { edges { node { id status } } } }
                """;
        stub(function("get-conversations").withFormParam("status_code", equalTo("3"))
                .inScenario("close").whenScenarioStateIs(STARTED), json(200, "{\"success\": true, \"response\": []}"));
        stub(function("update-conversation-status").inScenario("close").willSetStateTo("closed"), json(200, DONE));
        stub(function("get-conversations").withFormParam("status_code", equalTo("3"))
                .inScenario("close").whenScenarioStateIs("closed"), file("write-get-conversations-closed-after.json"));
        stub(function("get-conversation"), file("get-conversation-946.json"));
        stub(function("get-agents-in-conversation"), file("get-agents-in-conversation.json"));

        query(closed).body("errors", nullValue()).body("data.conversations.edges", hasSize(0));

        query("""
                mutation { updateConversationStatus(id: "gid://gbtalk/Conversation/946", status: CLOSED) { id status } }
                """)
                .body("errors", nullValue())
                .body("data.updateConversationStatus.id", is(CONVERSATION))
                .body("data.updateConversationStatus.status", is("CLOSED"));

        assertEquals(List.of(form("update-conversation-status", "conversation_id", "946", "status_code", "3")),
                calls("update-conversation-status"));
        query(closed).body("errors", nullValue())
                .body("data.conversations.edges.node.id", contains(CONVERSATION))
                .body("data.conversations.edges.node.status", contains("CLOSED"));
    }

    @Test
    void updateConversationStatusRefusedByGbTalkIsVendorRejected() {
        stub(function("update-conversation-status"),
                json(200, "{\"success\": false, \"response\": \"invalid-status-code\"}"));

        query("""
                mutation { updateConversationStatus(id: "gid://gbtalk/Conversation/946", status: OPEN) { id } }
                """)
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].message", containsString("invalid-status-code"));
    }

    @Test
    void assignConversationAnswersAndKeepsTheAssigneeWritten() {
        stub(function("update-conversation-agent"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-946.json"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"15\"]")),
                file("get-users-by-ids-agents.json"));

        query("""
                mutation {
                  assignConversation(id: "gid://gbtalk/Conversation/946", agentId: "gid://gbtalk/Agent/15") {
                    id status assignee { id name }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.assignConversation.assignee.id", is("gid://gbtalk/Agent/15"))
                .body("data.assignConversation.assignee.name", is("Ada Moreau"))
                .body("data.assignConversation.status", is("CLOSED"));

        assertEquals(List.of(form("update-conversation-agent", "conversation_id", "946", "agent_id", "15")),
                calls("update-conversation-agent"));
        query("""
                { conversation(id: "gid://gbtalk/Conversation/946") { assignee { id } } }
                """).body("data.conversation.assignee.id", is("gid://gbtalk/Agent/15"));
        assertEquals(1, calls("get-conversation").size(), "the conversation is served from the store");
    }

    @Test
    void assignConversationWithoutAnAgentUnassigns() {
        stub(function("update-conversation-agent"), json(200, DONE));
        stub(function("get-conversation"), file("get-conversation-946.json"));

        query("""
                mutation { assignConversation(id: "gid://gbtalk/Conversation/946") { id assignee { id } } }
                """)
                .body("errors", nullValue())
                .body("data.assignConversation.assignee", nullValue());

        assertEquals(List.of(form("update-conversation-agent", "conversation_id", "946", "agent_id", "false")),
                calls("update-conversation-agent"));
    }

    @Test
    void assignConversationToACustomerIdIsBadInputBeforeAnyCall() {
        query("""
                mutation {
                  assignConversation(id: "gid://gbtalk/Conversation/946", agentId: "gid://gbtalk/Customer/802") { id }
                }
                """)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("agentId"));
        assertEquals(List.of(), allCalls());
    }

    // ------------------------------------------------------------------ notes

    @Test
    void addNoteAddsTheNoteAndTheConversationsNotesShowIt() {
        stub(function("get-conversation"), file("get-conversation-946.json"));
        stub(function("get-agents-in-conversation"), file("get-agents-in-conversation.json"));
        stub(function("get-notes").inScenario("note").whenScenarioStateIs(STARTED), file("get-notes.json"));
        stub(function("add-note").inScenario("note").willSetStateTo("added"),
                json(200, "{\"success\": true, \"response\": 98300}"));
        stub(function("get-notes").inScenario("note").whenScenarioStateIs("added"),
                file("write-get-notes-after-add.json"));
        String notes = """
                { conversation(id: "gid://gbtalk/Conversation/946") { notes { id body } } }
                """;
        query(notes).body("data.conversation.notes.id", contains("gid://gbtalk/Note/98207",
                "gid://gbtalk/Note/76986"));

        query("""
                mutation {
                  addNote(input: {conversationId: "gid://gbtalk/Conversation/946",
                                  body: "Escalated to the warehouse team.",
                                  authorId: "gid://gbtalk/Agent/15", title: "Escalated"}) {
                    id body createdAt
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.addNote.id", is("gid://gbtalk/Note/98300"))
                .body("data.addNote.body", is("Escalated to the warehouse team."))
                .body("data.addNote.createdAt", is("2026-11-03T08:45:00Z"));

        assertEquals(List.of(form("add-note", "conversation_id", "946", "user_id", "15", "name", "Escalated",
                "message", "Escalated to the warehouse team.")), calls("add-note"));
        query(notes).body("data.conversation.notes.id", contains("gid://gbtalk/Note/98207",
                "gid://gbtalk/Note/98300"));
    }

    @Test
    void addNoteWithoutAnAuthorIsBadInputForGbTalkBeforeAnyCall() {
        query("""
                mutation { addNote(input: {conversationId: "gid://gbtalk/Conversation/946", body: "Hi"}) { id } }
                """)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "authorId"));
        assertEquals(List.of(), allCalls());
    }

    // ------------------------------------------------------------------ articles

    @Test
    void rateArticleAddsAVoteAndTheArticleShowsTheNewCounts() {
        stub(function("get-articles-categories"), file("get-articles-categories.json"));
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), file("get-article-6P2Oq.json"));
        stub(function("article-ratings").withFormParam("rating", absent())
                .inScenario("rate").whenScenarioStateIs(STARTED), file("article-ratings.json"));
        stub(function("article-ratings").withFormParam("rating", equalTo("1"))
                .inScenario("rate").willSetStateTo("rated"), json(200, DONE));
        stub(function("article-ratings").withFormParam("rating", absent())
                .inScenario("rate").whenScenarioStateIs("rated"), file("write-article-ratings-after.json"));
        String article = """
                { article(id: "gid://gbtalk/Article/6P2Oq") { rating { positive negative } } }
                """;
        query(article).body("data.article.rating.positive", is(3)).body("data.article.rating.negative", is(2));

        query("""
                mutation { rateArticle(id: "gid://gbtalk/Article/6P2Oq", helpful: true) { positive negative } }
                """)
                .body("errors", nullValue())
                .body("data.rateArticle.positive", is(4))
                .body("data.rateArticle.negative", is(2));

        assertEquals(List.of(form("article-ratings", "article_id", "6P2Oq", "rating", "1")),
                calls("article-ratings").stream().filter(call -> call.containsKey("rating")).toList());
        query(article).body("data.article.rating.positive", is(4)).body("data.article.rating.negative", is(2));
    }

    @Test
    void rateArticleNotHelpfulSendsZero() {
        stub(function("get-articles"), file("get-article-6P2Oq.json"));
        stub(function("article-ratings").withFormParam("rating", equalTo("0")), json(200, DONE));
        stub(function("article-ratings").withFormParam("rating", absent()), file("write-article-ratings-after.json"));

        query("""
                mutation { rateArticle(id: "gid://gbtalk/Article/6P2Oq", helpful: false) { negative } }
                """).body("errors", nullValue()).body("data.rateArticle.negative", is(2));

        assertEquals(1, calls("article-ratings").stream().filter(call -> "0".equals(call.get("rating"))).count());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A conversation that reads as {@code get-conversation-946.json} until the write function is called and as the
     * fixture afterwards; its assignees from {@code get-agents-in-conversation.json}.
     */
    private static void stubConversationBeforeAndAfter(String write, ResponseDefinitionBuilder answer,
            String after) {
        stub(function("get-conversation").inScenario(write).whenScenarioStateIs(STARTED),
                file("get-conversation-946.json"));
        stub(function(write).inScenario(write).willSetStateTo("written"), answer);
        stub(function("get-conversation").inScenario(write).whenScenarioStateIs("written"), file(after));
        stub(function("get-agents-in-conversation"), file("get-agents-in-conversation.json"));
    }
}
