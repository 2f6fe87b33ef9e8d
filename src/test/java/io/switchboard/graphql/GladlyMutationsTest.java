package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.switchboard.testing.GladlyStubs.API;
import static io.switchboard.testing.GladlyStubs.authorized;
import static io.switchboard.testing.GladlyStubs.stubGet;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static io.switchboard.testing.VendorStubs.gladly;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * Every mutation that reaches Gladly, end to end: GraphQL in, the real adapter out to WireMock. Checks the exact
 * requests Gladly receives, the mapped results, validation before any call, Gladly's refusals, that the next query
 * shows the change (its first answer cached beforehand), and clientMutationId replays.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyMutationsTest extends EndToEndTestSupport {

    private static final String PRIYA = "cst-20240311-0042";
    private static final String NOOR = "cst-20260105-0101";
    private static final String CONVERSATION = "Cv3nP0qRTa6mW2yZk8LdHg";
    private static final String INBOX = "Ib4kR9sWQe2Lr8TzXc1VnA";
    private static final String LENA = "Vb7Qm2LxS0eYt1uNcRkP4w";
    private static final String MARCUS = "Kq2Lm8NpR4sT6uVwX0yZ1a";
    private static final String CUSTOMER_EMAIL_ITEM = "It4eU5fV6gW7hX8iY9jZ0k";
    private static final String REPLY = "ItRp1aB2cD3eF4gH5iJ6kL";
    private static final String NOTE = "Nt5eF6gH7iJ8kL9mN0oP1q";

    private static final String CONVERSATION_GID = gid("Conversation", CONVERSATION);

    // ------------------------------------------------------------------ createCustomer

    @Test
    void createCustomerCreatesTheProfileAndTheNextSearchShowsIt() {
        gladly().stubFor(searchByEmail("noor.haddad@example.org").inScenario("create").whenScenarioStateIs(STARTED)
                .willReturn(json(200, "[]")));
        gladly().stubFor(searchByEmail("noor.haddad@example.org").inScenario("create").whenScenarioStateIs("created")
                .willReturn(file("write-customer-profiles-search.json")));
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).inScenario("create")
                .willSetStateTo("created")
                .willReturn(aResponse().withStatus(201).withHeader("Location", API + "/customer-profiles/" + NOOR)));
        stubGet("/customer-profiles/" + NOOR, file("write-customer-profile.json"));
        String search = """
                { customers(vendor: GLADLY, email: "noor.haddad@example.org") { edges { node { id name } } } }
                """;
        query(search).body("data.customers.edges", hasSize(0));

        query("""
                mutation {
                  createCustomer(input: {vendor: GLADLY, firstName: "Noor", lastName: "Haddad",
                      emails: ["noor.haddad@example.org", "Noor@Work.Example.com"],
                      phones: ["+15035550177", "+442079460018"]}) {
                    id vendor remoteId name firstName lastName emails phones type createdAt
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.createCustomer.id", is(gid("Customer", NOOR)))
                .body("data.createCustomer.vendor", is("GLADLY"))
                .body("data.createCustomer.remoteId", is(NOOR))
                .body("data.createCustomer.name", is("Noor Haddad"))
                .body("data.createCustomer.firstName", is("Noor"))
                .body("data.createCustomer.lastName", is("Haddad"))
                .body("data.createCustomer.emails", contains("noor.haddad@example.org", "Noor@Work.Example.com"))
                .body("data.createCustomer.phones", contains("+15035550177", "+442079460018"))
                .body("data.createCustomer.type", is("USER"))
                .body("data.createCustomer.createdAt", is("2026-01-05T10:15:02.118Z"));
        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/customer-profiles")))
                .withRequestBody(equalToJson("""
                        {"name":"Noor Haddad",
                         "emails":[{"original":"noor.haddad@example.org","primary":true},
                                   {"original":"Noor@Work.Example.com"}],
                         "phones":[{"original":"+15035550177","type":"MOBILE","primary":true},
                                   {"original":"+442079460018","type":"MOBILE"}]}""")));

        query(search).body("data.customers.edges.node.id", contains(gid("Customer", NOOR)));
        gladly().verify(2, getRequestedFor(urlPathEqualTo(API + "/customer-profiles")));
    }

    @Test
    void aTakenEmailIsVendorRejected() {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"attr":"emails","code":"taken",\
                        "detail":"email address priya.raman@example.org is already taken by another customer"}]}""")));

        query("""
                mutation { createCustomer(input: {vendor: GLADLY, name: "Priya", emails: ["priya.raman@example.org"]}) {
                  id } }
                """)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].message", containsString("already taken"))
                .body("errors[0].path", contains("createCustomer"));
    }

    @Test
    void badCustomerInputIsRefusedBeforeAnyCall() {
        assertBadInput("""
                mutation { createCustomer(input: {vendor: GLADLY, name: "N", emails: ["not-an-email"]}) { id } }
                """, "input", "emails", 0);
        assertBadInput("""
                mutation { createCustomer(input: {vendor: GLADLY, name: "N", phones: ["503 555 0177"]}) { id } }
                """, "input", "phones", 0);
        assertBadInput("""
                mutation { createCustomer(input: {vendor: GLADLY, name: "N", type: LEAD}) { id } }
                """, "input", "type");
        assertBadInput("""
                mutation { updateCustomer(id: "gid://gladly/Conversation/x", input: {name: "N"}) { id } }
                """, "id");
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ updateCustomer

    @Test
    void updateCustomerPatchesTheNameAndTheNextQueryShowsIt() {
        gladly().stubFor(get(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)).inScenario("rename")
                .whenScenarioStateIs(STARTED).willReturn(file("customer-profile.json")));
        gladly().stubFor(get(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)).inScenario("rename")
                .whenScenarioStateIs("renamed").willReturn(file("write-customer-profile-renamed.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)).inScenario("rename")
                .willSetStateTo("renamed").willReturn(aResponse().withStatus(204)));
        String read = "query($id: ID!) { customer(id: $id) { name firstName lastName } }";
        Map<String, Object> priya = Map.of("id", gid("Customer", PRIYA));
        query(read, priya).body("data.customer.name", is("Priya Raman"));

        query("""
                mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Priya R. Raman"}) { id name lastName } }
                """, priya)
                .body("errors", nullValue())
                .body("data.updateCustomer.id", is(gid("Customer", PRIYA)))
                .body("data.updateCustomer.name", is("Priya R. Raman"))
                .body("data.updateCustomer.lastName", is("R. Raman"));
        gladly().verify(1, authorized(patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)))
                .withRequestBody(equalToJson("{\"name\":\"Priya R. Raman\"}")));

        query(read, priya).body("data.customer.name", is("Priya R. Raman"));
        // before, and the read-back: the last query is answered with the copy the mutation stored
        gladly().verify(2, getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)));
    }

    @Test
    void updatingAnUnknownCustomerIsNotFound() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/cst-gone")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json").withBodyFile("error-404-object.json")));

        query("""
                mutation { updateCustomer(id: "gid://gladly/Customer/cst-gone", input: {name: "N"}) { id } }
                """)
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GLADLY"));
    }

    // ------------------------------------------------------------------ updateConversationStatus

    @Test
    void closingAConversationShowsInItAndInItsCustomersList() {
        gladly().stubFor(conversation().inScenario("close").whenScenarioStateIs(STARTED)
                .willReturn(file("conversation.json")));
        gladly().stubFor(conversation().inScenario("close").whenScenarioStateIs("closed")
                .willReturn(file("write-conversation-closed.json")));
        gladly().stubFor(get(urlPathEqualTo(API + "/customers/" + PRIYA + "/conversations")).inScenario("close")
                .whenScenarioStateIs(STARTED).willReturn(file("write-customer-conversations-open.json")));
        gladly().stubFor(get(urlPathEqualTo(API + "/customers/" + PRIYA + "/conversations")).inScenario("close")
                .whenScenarioStateIs("closed").willReturn(file("write-customer-conversations-closed.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).inScenario("close")
                .willSetStateTo("closed").willReturn(aResponse().withStatus(204)));
        String read = """
                query($id: ID!, $customer: ID!) {
                  conversation(id: $id) { status }
                  customer(id: $customer) { conversations { edges { node { id status } } } }
                }
                """;
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        Map<String, Object> ids = Map.of("id", CONVERSATION_GID, "customer", gid("Customer", PRIYA));
        query(read, ids)
                .body("data.conversation.status", is("OPEN"))
                .body("data.customer.conversations.edges.node.status", contains("CLOSED", "OPEN"));

        query("""
                mutation($id: ID!) { updateConversationStatus(id: $id, status: CLOSED) { id status } }
                """, Map.of("id", CONVERSATION_GID))
                .body("errors", nullValue())
                .body("data.updateConversationStatus.id", is(CONVERSATION_GID))
                .body("data.updateConversationStatus.status", is("CLOSED"));
        gladly().verify(1, authorized(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION)))
                .withRequestBody(equalToJson("{\"status\":{\"value\":\"CLOSED\",\"force\":true}}")));

        query(read, ids)
                .body("errors", nullValue())
                .body("data.conversation.status", is("CLOSED"))
                .body("data.customer.conversations.edges.node.status", contains("CLOSED", "CLOSED"));
        // the conversation comes from the copy the mutation stored; the customer's list, dropped, is read again
        gladly().verify(2, getRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION)));
        gladly().verify(2, getRequestedFor(urlPathEqualTo(API + "/customers/" + PRIYA + "/conversations")));
    }

    @Test
    void statusesGladlyCannotSetAreBadInput() {
        for (String status : List.of("WAITING_ON_CUSTOMER", "WAITING_ON_AGENT", "TRASHED")) {
            assertBadInput("""
                    mutation($id: ID!) { updateConversationStatus(id: $id, status: %s) { id } }
                    """.formatted(status), Map.of("id", CONVERSATION_GID), "status");
        }
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void gladlysRefusalToCloseIsVendorRejected() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"attr":"status","code":"invalid_state",\
                        "detail":"topics are required before closing of conversation"}]}""")));

        query("""
                mutation($id: ID!) { updateConversationStatus(id: $id, status: CLOSED) { id } }
                """, Map.of("id", CONVERSATION_GID))
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].message", containsString("topics are required before closing"));
    }

    // ------------------------------------------------------------------ assignConversation

    @Test
    void assigningShowsTheNewAssignee() {
        gladly().stubFor(conversation().inScenario("assign").whenScenarioStateIs(STARTED)
                .willReturn(file("conversation.json")));
        gladly().stubFor(conversation().inScenario("assign").whenScenarioStateIs("assigned")
                .willReturn(file("write-conversation-reassigned.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).inScenario("assign")
                .willSetStateTo("assigned").willReturn(aResponse().withStatus(204)));
        stubLena();
        stubGet("/agents/" + MARCUS, json(200, """
                {"id":"%s","name":"Marcus Bell","emailAddress":"marcus.bell@acme-outdoor.com"}""".formatted(MARCUS)));
        String read = "query($id: ID!) { conversation(id: $id) { assignee { id name } } }";
        Map<String, Object> id = Map.of("id", CONVERSATION_GID);
        query(read, id).body("data.conversation.assignee.name", is("Lena Ortiz"));

        query("""
                mutation($id: ID!, $agent: ID) { assignConversation(id: $id, agentId: $agent) {
                  id assignee { id name } } }
                """, Map.of("id", CONVERSATION_GID, "agent", gid("Agent", MARCUS)))
                .body("errors", nullValue())
                .body("data.assignConversation.assignee.id", is(gid("Agent", MARCUS)))
                .body("data.assignConversation.assignee.name", is("Marcus Bell"));
        gladly().verify(1, authorized(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION)))
                .withRequestBody(equalToJson("""
                        {"assignee":{"inboxId":"%s","agentId":"%s"}}""".formatted(INBOX, MARCUS))));

        query(read, id).body("data.conversation.assignee.name", is("Marcus Bell"));
    }

    @Test
    void unassigningSendsTheInboxAlone() {
        gladly().stubFor(conversation().inScenario("unassign").whenScenarioStateIs(STARTED)
                .willReturn(file("conversation.json")).willSetStateTo("read"));
        gladly().stubFor(conversation().inScenario("unassign").whenScenarioStateIs("read")
                .willReturn(file("write-conversation-unassigned.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .willReturn(aResponse().withStatus(204)));

        query("""
                mutation($id: ID!) { assignConversation(id: $id) { id assignee { id } } }
                """, Map.of("id", CONVERSATION_GID))
                .body("errors", nullValue())
                .body("data.assignConversation.assignee", nullValue());
        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .withRequestBody(equalToJson("{\"assignee\":{\"inboxId\":\"" + INBOX + "\"}}")));
    }

    @Test
    void anAgentOfAnotherVendorIsBadInput() {
        assertBadInput("""
                mutation($id: ID!) { assignConversation(id: $id, agentId: "gid://gbtalk/Agent/7") { id } }
                """, Map.of("id", CONVERSATION_GID), "agentId");
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ addNote

    @Test
    void addNoteShowsInTheConversationsNotes() {
        stubItemsChangingAfter(post(urlPathEqualTo(API + "/conversations/" + CONVERSATION + "/notes")),
                aResponse().withStatus(201)
                        .withHeader("Location", API + "/conversations/" + CONVERSATION + "/notes/" + NOTE),
                "write-items-with-note.json");
        stubGet("/conversations/" + CONVERSATION + "/notes/" + NOTE, file("write-note.json"));
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));
        stubLena();
        String read = "query($id: ID!) { conversation(id: $id) { notes { id body } } }";
        Map<String, Object> id = Map.of("id", CONVERSATION_GID);
        query(read, id).body("data.conversation.notes.body", contains("Voicemail was empty."));

        query("""
                mutation($id: ID!) {
                  addNote(input: {conversationId: $id, body: "Customer asked for a callback after 5pm."}) {
                    id body author { id } createdAt
                  }
                }
                """, id)
                .body("errors", nullValue())
                .body("data.addNote.id", is(gid("Note", NOTE)))
                .body("data.addNote.author.id", is(gid("Agent", LENA)))
                .body("data.addNote.body", is("Customer asked for a callback after 5pm."))
                .body("data.addNote.createdAt", is("2026-01-05T10:31:07.402Z"));
        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION
                + "/notes"))).withRequestBody(equalToJson("""
                        {"content":{"body":"Customer asked for a callback after 5pm."}}""")));

        query(read, id).body("data.conversation.notes.body",
                contains("Voicemail was empty.", "Customer asked for a callback after 5pm."));
    }

    // ------------------------------------------------------------------ sendMessage

    @Test
    void sendMessageRepliesAndShowsAsTheLastMessage() {
        stubItemsChangingAfter(post(urlPathEqualTo(API + "/conversation-items/" + CUSTOMER_EMAIL_ITEM + "/reply")),
                aResponse().withStatus(201).withHeader("Location", API + "/conversation-items/" + REPLY),
                "write-items-with-reply.json");
        stubGet("/conversation-items/" + REPLY, file("write-reply-email.json"));
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));
        stubLena();
        String read = """
                query($id: ID!) { conversation(id: $id) {
                  lastMessage { id body }
                  messages { totalCount edges { node { remoteId } } } } }
                """;
        Map<String, Object> id = Map.of("id", CONVERSATION_GID);
        // the customer's voicemail is the last message so far
        query(read, id)
                .body("data.conversation.lastMessage.id", is(gid("Message", "It6gW7hX8iY9jZ0kA1lB2m")))
                .body("data.conversation.messages.totalCount", is(4));

        query("""
                mutation($id: ID!, $body: String!) {
                  sendMessage(input: {conversationId: $id, body: $body}) {
                    id remoteId conversationId body channel authorRole author { ... on Agent { id } }
                  }
                }
                """, Map.of("id", CONVERSATION_GID, "body", "It ships today <b>for sure</b>.\nTracking to follow."))
                .body("errors", nullValue())
                .body("data.sendMessage.id", is(gid("Message", REPLY)))
                .body("data.sendMessage.conversationId", is(CONVERSATION_GID))
                .body("data.sendMessage.channel", is("EMAIL"))
                .body("data.sendMessage.authorRole", is("AGENT"))
                .body("data.sendMessage.author.id", is(gid("Agent", LENA)))
                .body("data.sendMessage.body", is("It ships today <b>for sure</b>.\nTracking to follow."));
        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/conversation-items/"
                + CUSTOMER_EMAIL_ITEM + "/reply"))).withRequestBody(equalToJson("""
                        {"content":{"type":"EMAIL",
                         "body":"It ships today &lt;b&gt;for sure&lt;/b&gt;.<br>Tracking to follow.",
                         "bodyPlain":"It ships today <b>for sure</b>.\\nTracking to follow."}}""")));

        query(read, id)
                .body("data.conversation.lastMessage.id", is(gid("Message", REPLY)))
                .body("data.conversation.messages.totalCount", is(5))
                .body("data.conversation.messages.edges.node.remoteId", hasItem(REPLY));
    }

    @Test
    void attachmentsAreBadInputForGladly() {
        assertBadInput("""
                mutation($id: ID!) { sendMessage(input: {conversationId: $id, body: "See attached",
                    attachments: [{name: "label.pdf", url: "https://files.example.com/label.pdf"}]}) { id } }
                """, Map.of("id", CONVERSATION_GID), "input", "attachments");
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aConversationWithoutACustomerMessageIsVendorRejected() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items-no-customer-message.json"));

        query("""
                mutation($id: ID!) { sendMessage(input: {conversationId: $id, body: "Hello?"}) { id } }
                """, Map.of("id", CONVERSATION_GID))
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].message", containsString("no customer message to reply to"));
        gladly().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aReplyInAClosedConversationIsVendorRejected() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items.json"));
        gladly().stubFor(post(urlPathMatching(API + "/conversation-items/.+/reply")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"code":"invalid","detail":"you cannot reply to items in closed conversations"}]}""")));

        query("""
                mutation($id: ID!) { sendMessage(input: {conversationId: $id, body: "Hello?"}) { id } }
                """, Map.of("id", CONVERSATION_GID))
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].message", containsString("closed conversations"));
    }

    @Test
    void gladlyHasNoCallToStartConversationsOrCreateAgents() {
        query("""
                mutation { createConversation(input: {customerId: "gid://gladly/Customer/cst-20240311-0042"}) { id } }
                """)
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GLADLY"));
        query("""
                mutation { createAgent(input: {vendor: GLADLY, name: "Ada"}) { id } }
                """)
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GLADLY"));
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ sendSms

    @Test
    void sendSmsAnswersTheCustomerAndTheItem() {
        gladly().stubFor(post(urlPathEqualTo(API + "/communications/sms")).willReturn(file("write-sms-receipt.json")));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        query("""
                mutation { sendSms(input: {to: "+15035550142", from: "+15035550100", body: "Your order has shipped."}) {
                  customer { id name } conversationItemId } }
                """)
                .body("errors", nullValue())
                .body("data.sendSms.customer.id", is(gid("Customer", PRIYA)))
                .body("data.sendSms.customer.name", is("Priya Raman"))
                .body("data.sendSms.conversationItemId", is("It9pQ0rS1tU2vW3xY4zA5b"));
        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/communications/sms")))
                .withRequestBody(equalToJson("""
                        {"customer":{"mobileNumber":"+15035550142"},"from":"+15035550100",
                         "body":"Your order has shipped."}""")));
    }

    @Test
    void anSmsToANumberThatIsNotE164IsBadInput() {
        assertBadInput("""
                mutation { sendSms(input: {to: "503-555-0142", from: "+15035550100", body: "Hi"}) { conversationItemId } }
                """, "input", "to");
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ clientMutationId

    @Test
    void aReplayAnswersTheFirstResultWithoutAnotherReply() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items.json"));
        gladly().stubFor(post(urlPathMatching(API + "/conversation-items/.+/reply")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", API + "/conversation-items/" + REPLY)));
        stubGet("/conversation-items/" + REPLY, file("write-reply-email.json"));
        String send = """
                mutation($id: ID!, $body: String!, $key: String) {
                  sendMessage(input: {conversationId: $id, body: $body, clientMutationId: $key}) { id body }
                }
                """;
        String key = UUID.randomUUID().toString();

        for (int attempt = 0; attempt < 2; attempt++) {
            query(send, Map.of("id", CONVERSATION_GID, "body", "It ships today.", "key", key))
                    .body("errors", nullValue())
                    .body("data.sendMessage.id", is(gid("Message", REPLY)));
        }
        gladly().verify(1, postRequestedFor(urlPathMatching(API + "/conversation-items/.+/reply")));

        query(send, Map.of("id", CONVERSATION_GID, "body", "Something else.", "key", key))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("clientMutationId"));
        gladly().verify(1, postRequestedFor(urlPathMatching(API + "/conversation-items/.+/reply")));
    }

    @Test
    void aWriteThatFailedAtGladlyIsReportedAgainOnRetryWithoutWritingTwice() {
        gladly().stubFor(post(urlPathEqualTo(API + "/conversations/" + CONVERSATION + "/notes"))
                .willReturn(aResponse().withStatus(500)));
        String note = """
                mutation($id: ID!, $key: String) {
                  addNote(input: {conversationId: $id, body: "Call back after 5pm.", clientMutationId: $key}) { id }
                }
                """;
        Map<String, Object> variables = Map.of("id", CONVERSATION_GID, "key", UUID.randomUUID().toString());

        query(note, variables)
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GLADLY"));
        query(note, variables)
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].message", containsString("outcome at the vendor is unknown"));
        gladly().verify(1, postRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION + "/notes")));
    }

    @Test
    void aRefusedWriteMayBeRetriedWithTheSameId() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).inScenario("retry")
                .whenScenarioStateIs(STARTED).willSetStateTo("fixed").willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"errors\":[{\"attr\":\"status\",\"code\":\"invalid_state\"}]}")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).inScenario("retry")
                .whenScenarioStateIs("fixed").willReturn(aResponse().withStatus(204)));
        stubGet("/conversations/" + CONVERSATION, file("write-conversation-closed.json"));
        String close = """
                mutation($id: ID!, $key: String) { updateConversationStatus(id: $id, status: CLOSED,
                    clientMutationId: $key) { status } }
                """;
        Map<String, Object> variables = Map.of("id", CONVERSATION_GID, "key", UUID.randomUUID().toString());

        query(close, variables).body("errors[0].extensions.code", is("VENDOR_REJECTED"));
        query(close, variables)
                .body("errors", nullValue())
                .body("data.updateConversationStatus.status", is("CLOSED"));
        gladly().verify(2, patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION)));
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The conversation's items: {@code write-items.json} until {@code write} is called, {@code after} from then
     * on, as Gladly's timeline changes with the write.
     */
    private static void stubItemsChangingAfter(MappingBuilder write, ResponseDefinitionBuilder answer,
            String after) {
        String items = API + "/conversations/" + CONVERSATION + "/items";
        gladly().stubFor(get(urlPathEqualTo(items)).inScenario("items").whenScenarioStateIs(STARTED)
                .willReturn(file("write-items.json")));
        gladly().stubFor(get(urlPathEqualTo(items)).inScenario("items").whenScenarioStateIs("written")
                .willReturn(file(after)));
        gladly().stubFor(write.inScenario("items").willSetStateTo("written").willReturn(answer));
    }

    private static void assertBadInput(String document, Object... inputPath) {
        assertBadInput(document, Map.of(), inputPath);
    }

    private static void assertBadInput(String document, Map<String, Object> variables, Object... inputPath) {
        query(document, variables)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains(inputPath))
                .body("errors[0].extensions.keySet()", not(hasItem("vendor")));
    }

    private static void stubLena() {
        stubGet("/agents/" + LENA, json(200, """
                {"id":"%s","name":"Lena Ortiz","emailAddress":"lena.ortiz@acme-outdoor.com"}""".formatted(LENA)));
    }

    private static MappingBuilder conversation() {
        return get(urlPathEqualTo(API + "/conversations/" + CONVERSATION));
    }

    private static MappingBuilder searchByEmail(String email) {
        return get(urlPathEqualTo(API + "/customer-profiles")).withQueryParam("email", equalTo(email));
    }

    private static String gid(String type, String remoteId) {
        return "gid://gladly/" + type + "/" + remoteId;
    }
}
