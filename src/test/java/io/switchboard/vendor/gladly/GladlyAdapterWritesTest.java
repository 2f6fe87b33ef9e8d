package io.switchboard.vendor.gladly;

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
import static io.switchboard.testing.Awaits.await;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.GladlyStubs.API;
import static io.switchboard.testing.GladlyStubs.authorized;
import static io.switchboard.testing.GladlyStubs.stubGet;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.VendorStubs.gladly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.SmsReceipt;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;

/** Gladly writes against WireMock: the exact requests Gladly receives, the objects read back, the error mapping. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyAdapterWritesTest {

    private static final String PRIYA = "cst-20240311-0042";
    private static final String NEW_CUSTOMER = "cst-20260105-0101";
    private static final String CONVERSATION = "Cv3nP0qRTa6mW2yZk8LdHg";
    private static final String INBOX = "Ib4kR9sWQe2Lr8TzXc1VnA";
    private static final String LENA = "Vb7Qm2LxS0eYt1uNcRkP4w";
    private static final String MARCUS = "Kq2Lm8NpR4sT6uVwX0yZ1a";
    private static final String CUSTOMER_EMAIL_ITEM = "It4eU5fV6gW7hX8iY9jZ0k";
    private static final String REPLY = "ItRp1aB2cD3eF4gH5iJ6kL";
    private static final String NOTE = "Nt5eF6gH7iJ8kL9mN0oP1q";

    @Inject
    GladlyAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    // ------------------------------------------------------------------ createCustomer

    @Test
    void createCustomerPostsTheProfileThenReadsTheLocation() {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(
                aResponse().withStatus(201).withHeader("Location", API + "/customer-profiles/" + NEW_CUSTOMER)));
        stubGet("/customer-profiles/" + NEW_CUSTOMER, file("write-customer-profile.json"));

        Customer created = await(adapter.createCustomer(new CustomerDraft(null, "Noor", "Haddad",
                List.of("noor.haddad@example.org", "Noor@Work.Example.com"), List.of("+15035550177", "+442079460018"),
                CustomerType.USER)));

        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/customer-profiles")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name":"Noor Haddad",
                         "emails":[{"original":"noor.haddad@example.org","primary":true},
                                   {"original":"Noor@Work.Example.com"}],
                         "phones":[{"original":"+15035550177","type":"MOBILE","primary":true},
                                   {"original":"+442079460018","type":"MOBILE"}]}""")));
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + NEW_CUSTOMER))));
        assertEquals(Vendor.GLADLY, created.vendor());
        assertEquals(NEW_CUSTOMER, created.remoteId());
        assertEquals("Noor Haddad", created.name());
        assertEquals("Noor", created.firstName());
        assertEquals(List.of("noor.haddad@example.org", "Noor@Work.Example.com"), created.emails());
        assertEquals(List.of("+15035550177", "+442079460018"), created.phones());
        assertEquals(Instant.parse("2026-01-05T10:15:02.118Z"), created.createdAt());
    }

    @Test
    void createCustomerSendsOnlyWhatIsGiven() {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "https://acme.gladly.com" + API + "/customer-profiles/" + NEW_CUSTOMER)));
        stubGet("/customer-profiles/" + NEW_CUSTOMER, file("write-customer-profile.json"));

        await(adapter.createCustomer(new CustomerDraft("Noor Haddad", "ignored", "too", null, List.of(), null)));

        gladly().verify(postRequestedFor(urlPathEqualTo(API + "/customer-profiles"))
                .withRequestBody(equalToJson("{\"name\":\"Noor Haddad\"}")));
        gladly().verify(1, getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + NEW_CUSTOMER)));
    }

    @Test
    void aTakenEmailIsRejectedWithGladlysReason() {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"errors":[{"attr":"emails","code":"taken",\
                        "detail":"email address priya.raman@example.org is already taken by another customer"}]}""")));

        SwitchboardException e = failure(adapter.createCustomer(new CustomerDraft("Priya", null, null,
                List.of("priya.raman@example.org"), null, null)));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
        assertTrue(e.getMessage().contains("is already taken"), e.getMessage());
        gladly().verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void aTakenIdWithoutDetailStillSaysTaken() {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBodyFile("error-409.json")));

        SwitchboardException e = failure(adapter.createCustomer(draft("Priya")));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("id: taken"), e.getMessage());
    }

    @Test
    void createCustomerMapsGladlysOtherAnswers() {
        assertCreateFailsWith(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"attr\":\"phones[0].original\",\"code\":\"invalid\"}]}"),
                ErrorCode.VENDOR_REJECTED, "phones[0].original: invalid");
        assertCreateFailsWith(aResponse().withStatus(401), ErrorCode.VENDOR_AUTH_FAILED, "credentials");
        assertCreateFailsWith(aResponse().withStatus(429), ErrorCode.VENDOR_RATE_LIMITED, "rate limiting");
        assertCreateFailsWith(aResponse().withStatus(503), ErrorCode.VENDOR_UNAVAILABLE, "HTTP 503");
        // created, but Gladly did not say where: the write happened, so it must not read as a refusal
        assertCreateFailsWith(aResponse().withStatus(201), ErrorCode.VENDOR_UNAVAILABLE, "no Location");
        gladly().verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void aFailedReadBackSaysTheProfileWasCreated() {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(
                aResponse().withStatus(201).withHeader("Location", API + "/customer-profiles/" + NEW_CUSTOMER)));
        stubGet("/customer-profiles/" + NEW_CUSTOMER, aResponse().withStatus(500));

        SwitchboardException e = failure(adapter.createCustomer(draft("Noor Haddad")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("customer profile " + NEW_CUSTOMER + " was written"), e.getMessage());
    }

    @Test
    void createCustomerRefusesAnotherTypeThanUserBeforeAnyCall() {
        SwitchboardException e = failure(adapter.createCustomer(new CustomerDraft("Lead", null, null, null, null,
                CustomerType.LEAD)));

        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        assertEquals(List.of("input", "type"), e.inputPath());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ updateCustomer

    @Test
    void updateCustomerPatchesOnlyTheNameThenReadsTheProfile() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        Customer updated = await(adapter.updateCustomer(PRIYA, new CustomerChanges("Priya R. Raman", null, null,
                null, null)));

        gladly().verify(1, authorized(patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)))
                .withRequestBody(equalToJson("{\"name\":\"Priya R. Raman\"}")));
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))));
        assertEquals(PRIYA, updated.remoteId());
    }

    @Test
    void aNewFirstNameKeepsTheLastNameGladlyHas() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        await(adapter.updateCustomer(PRIYA, new CustomerChanges(null, "Pri", null, null, null)));

        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .withRequestBody(equalToJson("{\"name\":\"Pri Raman\"}")));
        // read first for the last name, and again after the change
        gladly().verify(2, getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)));
    }

    @Test
    void newListsReplaceTheOldAndKeptPhonesKeepTheirSettings() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        await(adapter.updateCustomer(PRIYA, new CustomerChanges(null, "Priya", "Raman",
                List.of("p.raman@work.example.com"), List.of("+15035550199", "+15035550111"))));

        // +15035550199 is Priya's office line with an extension; +15035550142 (her mobile, SMS ON) is dropped
        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .withRequestBody(equalToJson("""
                        {"name":"Priya Raman",
                         "emails":[{"original":"p.raman@work.example.com","primary":true}],
                         "phones":[{"original":"+15035550199","type":"OFFICE","primary":true,"extension":"12"},
                                   {"original":"+15035550111","type":"MOBILE"}]}""")));
    }

    @Test
    void emptyListsRemoveEveryEmail() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        await(adapter.updateCustomer(PRIYA, new CustomerChanges(null, null, null, List.of(), null)));

        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .withRequestBody(equalToJson("{\"emails\":[]}")));
    }

    @Test
    void updatingAnUnknownCustomerIsNotFound() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/cst-unknown")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBodyFile("error-404-object.json")));

        SwitchboardException e = failure(adapter.updateCustomer("cst-unknown",
                new CustomerChanges("Someone", null, null, null, null)));

        assertEquals(ErrorCode.NOT_FOUND, e.code());
        gladly().verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void aMergedCustomerAnswering301IsUpdatedUnderItsNewId() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/cst-20230101-0007")).willReturn(aResponse()
                .withStatus(301).withHeader("Content-Type", "application/json").withBodyFile("customer-moved.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        Customer updated = await(adapter.updateCustomer("cst-20230101-0007",
                new CustomerChanges("Priya Raman", null, null, null, null)));

        assertEquals(PRIYA, updated.remoteId());
        gladly().verify(1, patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/cst-20230101-0007")));
        gladly().verify(1, patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .withRequestBody(equalToJson("{\"name\":\"Priya Raman\"}")));
    }

    @Test
    void aMergedCustomerAnswering404WithMovedIsUpdatedUnderItsNewId() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/cst-20230101-0007")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json").withBodyFile("customer-moved.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        Customer updated = await(adapter.updateCustomer("cst-20230101-0007",
                new CustomerChanges("Priya Raman", null, null, null, null)));

        assertEquals(PRIYA, updated.remoteId());
        gladly().verify(1, patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)));
    }

    @Test
    void aMergedCustomerReadFirstIsPatchedUnderItsNewIdOnly() {
        stubGet("/customer-profiles/cst-20230101-0007", aResponse().withStatus(301)
                .withHeader("Content-Type", "application/json").withBodyFile("customer-moved.json"));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .willReturn(aResponse().withStatus(204)));

        Customer updated = await(adapter.updateCustomer("cst-20230101-0007",
                new CustomerChanges(null, null, null, null, List.of("+15035550142"))));

        assertEquals(PRIYA, updated.remoteId());
        gladly().verify(0, patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/cst-20230101-0007")));
        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))
                .withRequestBody(equalToJson("""
                        {"phones":[{"original":"+15035550142","type":"MOBILE","primary":true,\
                        "smsPreference":"ON"}]}""")));
    }

    @Test
    void aTakenPhoneOnUpdateIsRejected() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        gladly().stubFor(patch(urlPathEqualTo(API + "/customer-profiles/" + PRIYA)).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"attr\":\"phones\",\"code\":\"taken\"}]}")));

        SwitchboardException e = failure(adapter.updateCustomer(PRIYA,
                new CustomerChanges(null, null, null, null, List.of("+15035550101"))));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("phones: taken"), e.getMessage());
    }

    // ------------------------------------------------------------------ updateStatus

    @Test
    void closingPatchesTheStatusWithForceThenReadsTheConversation() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/conversations/" + CONVERSATION, file("write-conversation-closed.json"));

        Conversation closed = await(adapter.updateStatus(CONVERSATION, ConversationStatus.CLOSED));

        gladly().verify(1, authorized(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION)))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"status\":{\"value\":\"CLOSED\",\"force\":true}}")));
        assertEquals(ConversationStatus.CLOSED, closed.status());
        assertEquals(CONVERSATION, closed.remoteId());
    }

    @Test
    void reopeningSendsOpenWithoutForce() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .willReturn(aResponse().withStatus(204)));
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));

        Conversation open = await(adapter.updateStatus(CONVERSATION, ConversationStatus.OPEN));

        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .withRequestBody(equalToJson("{\"status\":{\"value\":\"OPEN\"}}")));
        assertEquals(ConversationStatus.OPEN, open.status());
    }

    @Test
    void statusesGladlyCannotSetAreBadInputBeforeAnyCall() {
        for (ConversationStatus status : List.of(ConversationStatus.WAITING_ON_CUSTOMER,
                ConversationStatus.WAITING_ON_AGENT, ConversationStatus.TRASHED)) {
            SwitchboardException e = failure(adapter.updateStatus(CONVERSATION, status));
            assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
            assertEquals(List.of("status"), e.inputPath());
        }
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void gladlysRefusalToCloseIsRejectedWithItsReason() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"attr":"status","code":"invalid_state",\
                        "detail":"topics are required before closing of conversation"}]}""")));

        SwitchboardException e = failure(adapter.updateStatus(CONVERSATION, ConversationStatus.CLOSED));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("status: topics are required before closing of conversation"),
                e.getMessage());
        gladly().verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void changingTheStatusOfAnUnknownConversationIsNotFound() {
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/nope")).willReturn(aResponse().withStatus(404)));

        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.updateStatus("nope", ConversationStatus.OPEN)).code());
    }

    // ------------------------------------------------------------------ assign

    @Test
    void assignSendsTheConversationsInboxWithTheAgent() {
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .willReturn(aResponse().withStatus(204)));

        await(adapter.assign(CONVERSATION, MARCUS));

        gladly().verify(1, authorized(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION)))
                .withRequestBody(equalToJson("""
                        {"assignee":{"inboxId":"%s","agentId":"%s"}}""".formatted(INBOX, MARCUS))));
        // once for the inbox, once to read the change back
        gladly().verify(2, authorized(getRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION))));
    }

    @Test
    void assignAnswersTheConversationAsGladlyNowHoldsIt() {
        gladly().stubFor(get(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).inScenario("assign")
                .willReturn(file("conversation.json")).willSetStateTo("read"));
        gladly().stubFor(get(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).inScenario("assign")
                .whenScenarioStateIs("read").willReturn(file("write-conversation-reassigned.json")));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .willReturn(aResponse().withStatus(204)));

        assertEquals(MARCUS, await(adapter.assign(CONVERSATION, MARCUS)).assigneeRemoteId());
    }

    @Test
    void unassignSendsTheInboxAlone() {
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .willReturn(aResponse().withStatus(204)));

        await(adapter.assign(CONVERSATION, null));

        gladly().verify(patchRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION))
                .withRequestBody(equalToJson("{\"assignee\":{\"inboxId\":\"" + INBOX + "\"}}")));
    }

    @Test
    void assigningAnUnknownConversationIsNotFoundWithoutAPatch() {
        stubGet("/conversations/nope", aResponse().withStatus(404));

        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.assign("nope", MARCUS)).code());
        gladly().verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void anAgentOutsideTheInboxIsRejected() {
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));
        gladly().stubFor(patch(urlPathEqualTo(API + "/conversations/" + CONVERSATION)).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"attr":"assignee.agentId","code":"invalid_state",\
                        "detail":"agent does not belong to inbox"}]}""")));

        SwitchboardException e = failure(adapter.assign(CONVERSATION, MARCUS));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().contains("agent does not belong to inbox"), e.getMessage());
    }

    // ------------------------------------------------------------------ addNote

    @Test
    void addNotePostsTheContentBodyThenReadsTheNote() {
        gladly().stubFor(post(urlPathEqualTo(API + "/conversations/" + CONVERSATION + "/notes")).willReturn(
                aResponse().withStatus(201)
                        .withHeader("Location", API + "/conversations/" + CONVERSATION + "/notes/" + NOTE)));
        stubGet("/conversations/" + CONVERSATION + "/notes/" + NOTE, file("write-note.json"));

        Note note = await(adapter.addNote(CONVERSATION, "Customer asked for a callback after 5pm.", MARCUS,
                "Callback"));

        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION
                + "/notes"))).withRequestBody(equalToJson("""
                        {"content":{"body":"Customer asked for a callback after 5pm."}}""")));
        assertEquals(NOTE, note.remoteId());
        assertEquals(CONVERSATION, note.conversationRemoteId());
        assertEquals("Customer asked for a callback after 5pm.", note.body());
        assertEquals(LENA, note.authorRemoteId());
        assertEquals(Instant.parse("2026-01-05T10:31:07.402Z"), note.createdAt());
    }

    @Test
    void aNoteOnAnUnknownConversationIsNotFound() {
        gladly().stubFor(post(urlPathEqualTo(API + "/conversations/nope/notes")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"attr\":\"conversationId\",\"code\":\"not_exist\"}]}")));

        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.addNote("nope", "text", null, null)).code());
    }

    // ------------------------------------------------------------------ sendMessage

    @Test
    void sendMessageRepliesToTheLastCustomerMessageInItsChannel() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items.json"));
        gladly().stubFor(post(urlPathEqualTo(API + "/conversation-items/" + CUSTOMER_EMAIL_ITEM + "/reply"))
                .willReturn(aResponse().withStatus(201)
                        .withHeader("Location", API + "/conversation-items/" + REPLY)));
        stubGet("/conversation-items/" + REPLY, file("write-reply-email.json"));

        Message sent = await(adapter.sendMessage(CONVERSATION, "It ships today <b>for sure</b>.\nTracking to follow.",
                MARCUS, List.of()));

        // the voicemail after the email cannot be replied to; the email can, as HTML
        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/conversation-items/"
                + CUSTOMER_EMAIL_ITEM + "/reply"))).withRequestBody(equalToJson("""
                        {"content":{"type":"EMAIL",
                         "body":"It ships today &lt;b&gt;for sure&lt;/b&gt;.<br>Tracking to follow.",
                         "bodyPlain":"It ships today <b>for sure</b>.\\nTracking to follow."}}""")));
        gladly().verify(1, postRequestedFor(urlPathMatching(API + "/conversation-items/.+/reply")));
        assertEquals(REPLY, sent.remoteId());
        assertEquals(CONVERSATION, sent.conversationRemoteId());
        assertEquals(Channel.EMAIL, sent.channel());
        assertEquals(AuthorRole.AGENT, sent.authorRole());
        assertEquals(LENA, sent.authorRemoteId());
        assertEquals("It ships today <b>for sure</b>.\nTracking to follow.", sent.body());
    }

    @Test
    void anSmsReplyCarriesTheTextAsItIs() {
        stubGet("/conversations/" + CONVERSATION + "/items", aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        [{"id":"ItSm1","conversationId":"%s","customerId":"%s","timestamp":"2024-03-12T08:20:11.204Z",
                          "initiator":{"id":"%s","type":"CUSTOMER"},
                          "content":{"type":"SMS","from":"+15035550142","to":"+15035550100","content":"Where?"}},
                         {"id":"ItNt1","conversationId":"%s","customerId":"%s","timestamp":"2024-03-12T08:21:00Z",
                          "initiator":{"id":"%s","type":"AGENT"},
                          "content":{"type":"CONVERSATION_NOTE","body":"Checking."}}]
                        """.formatted(CONVERSATION, PRIYA, PRIYA, CONVERSATION, PRIYA, LENA)));
        gladly().stubFor(post(urlPathMatching(API + "/conversation-items/.+/reply")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", API + "/conversation-items/" + REPLY)));
        stubGet("/conversation-items/" + REPLY, file("write-reply-email.json"));

        await(adapter.sendMessage(CONVERSATION, "It ships today & costs <nothing>.", null, null));

        gladly().verify(postRequestedFor(urlPathEqualTo(API + "/conversation-items/ItSm1/reply"))
                .withRequestBody(equalToJson("""
                        {"content":{"type":"SMS","body":"It ships today & costs <nothing>."}}""")));
    }

    @Test
    void aConversationWithoutACustomerMessageToReplyToIsRejectedWithoutAReply() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items-no-customer-message.json"));

        SwitchboardException e = failure(adapter.sendMessage(CONVERSATION, "Hello?", null, List.of()));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
        assertTrue(e.getMessage().contains("no customer message to reply to"), e.getMessage());
        gladly().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void aReplyInAClosedConversationIsRejectedWithGladlysReason() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items.json"));
        gladly().stubFor(post(urlPathMatching(API + "/conversation-items/.+/reply")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"code":"invalid","detail":"you cannot reply to items in closed conversations"}]}""")));

        SwitchboardException e = failure(adapter.sendMessage(CONVERSATION, "Hello?", null, List.of()));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("you cannot reply to items in closed conversations"), e.getMessage());
        gladly().verify(0, getRequestedFor(urlPathMatching(API + "/conversation-items/.+")));
    }

    @Test
    void attachmentsAreBadInputBeforeAnyCall() {
        SwitchboardException e = failure(adapter.sendMessage(CONVERSATION, "See attached", null,
                List.of(new Attachment("label.pdf", "https://files.example.com/label.pdf"))));

        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        assertEquals(List.of("input", "attachments"), e.inputPath());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void sendMessageMapsFailures() {
        stubGet("/conversations/nope/items", aResponse().withStatus(404));
        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.sendMessage("nope", "Hi", null, null)).code());

        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items.json"));
        gladly().stubFor(post(urlPathMatching(API + "/conversation-items/.+/reply"))
                .willReturn(aResponse().withStatus(502)));
        SwitchboardException e = failure(adapter.sendMessage(CONVERSATION, "Hi", null, null));
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        gladly().verify(1, postRequestedFor(urlPathMatching(API + "/conversation-items/.+/reply")));
    }

    @Test
    void aReplyThatCannotBeReadBackSaysItWasSent() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("write-items.json"));
        gladly().stubFor(post(urlPathMatching(API + "/conversation-items/.+/reply")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", API + "/conversation-items/" + REPLY)));
        stubGet("/conversation-items/" + REPLY, aResponse().withStatus(404));

        SwitchboardException e = failure(adapter.sendMessage(CONVERSATION, "Hi", null, null));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("reply " + REPLY + " was written"), e.getMessage());
    }

    @Test
    void gladlyStartsNoConversations() {
        assertEquals(ErrorCode.UNSUPPORTED_BY_VENDOR,
                failure(adapter.createConversation(PRIYA, "Hi", ConversationStatus.OPEN, null)).code());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ sendSms

    @Test
    void sendSmsPostsTheCommunicationAndAnswersTheReceipt() {
        gladly().stubFor(post(urlPathEqualTo(API + "/communications/sms")).willReturn(file("write-sms-receipt.json")));

        SmsReceipt receipt = await(adapter.sendSms("+15035550142", "+15035550100", "Your order has shipped."));

        gladly().verify(1, authorized(postRequestedFor(urlPathEqualTo(API + "/communications/sms")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"customer":{"mobileNumber":"+15035550142"},"from":"+15035550100",
                         "body":"Your order has shipped."}""")));
        assertEquals(new SmsReceipt(Vendor.GLADLY, PRIYA, "It9pQ0rS1tU2vW3xY4zA5b"), receipt);
    }

    @Test
    void anSmsGladlyRefusesIsRejected() {
        gladly().stubFor(post(urlPathEqualTo(API + "/communications/sms")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"errors":[{"attr":"from","code":"invalid","detail":"from is not an SMS number"}]}""")));

        SwitchboardException e = failure(adapter.sendSms("+15035550142", "+15035550999", "Hi"));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("from: from is not an SMS number"), e.getMessage());
    }

    @Test
    void anEmptyReceiptStillReportsTheSmsSent() {
        gladly().stubFor(post(urlPathEqualTo(API + "/communications/sms")).willReturn(aResponse().withStatus(200)));

        SmsReceipt receipt = await(adapter.sendSms("+15035550142", "+15035550100", "Hi"));

        assertEquals(Vendor.GLADLY, receipt.vendor());
        assertNull(receipt.customerRemoteId());
    }

    // ------------------------------------------------------------------ helpers

    private void assertCreateFailsWith(ResponseDefinitionBuilder response, ErrorCode code, String inMessage) {
        gladly().stubFor(post(urlPathEqualTo(API + "/customer-profiles")).willReturn(response));
        SwitchboardException e = failure(adapter.createCustomer(draft("Noor Haddad")));
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(Vendor.GLADLY, e.vendor());
        assertTrue(e.getMessage().contains(inMessage), e.getMessage());
    }

    private static CustomerDraft draft(String name) {
        return new CustomerDraft(name, null, null, null, null, null);
    }
}
