package io.switchboard.vendor.gladly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.Attribute;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AnswerSource.AnswerQuery;
import io.switchboard.vendor.ConversationSource.ConversationQuery;
import io.switchboard.vendor.CustomerSource.CustomerQuery;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyAdapterTest {

    private static final String LENA = "Vb7Qm2LxS0eYt1uNcRkP4w";
    private static final String AMY = "WmeA3Y51Q5ayCAaZ1AotIA";
    private static final String MARCUS = "Kq2Lm8NpR4sT6uVwX0yZ1a";
    private static final String PRIYA = "cst-20240311-0042";
    private static final String CONVERSATION = "Cv3nP0qRTa6mW2yZk8LdHg";
    private static final String ITEMS = API + "/conversations/" + CONVERSATION + "/items";

    @Inject
    GladlyAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    // ------------------------------------------------------------------ agents

    @Test
    void listAgentsReturnsTheWholeListMapped() {
        stubGet("/agents", file("agents.json"));

        Page<Agent> page = await(adapter.listAgents(null));

        assertEquals(3, page.items().size());
        assertNull(page.nextPageToken());
        Agent lena = page.items().get(0);
        assertEquals(Vendor.GLADLY, lena.vendor());
        assertEquals(LENA, lena.remoteId());
        assertEquals("Lena Ortiz", lena.name());
        assertEquals("lena.ortiz@acme-outdoor.com", lena.email());
        assertNull(lena.username());
        assertEquals(AgentStatus.UNKNOWN, lena.status());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/agents"))));
    }

    @Test
    void listAgentsRejectsAPageTokenWithoutCallingGladly() {
        SwitchboardException e = failure(adapter.listAgents("2"));

        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void getAgentsWithOneIdGetsThatAgent() {
        stubGet("/agents/" + AMY, file("agent.json"));

        Map<String, Agent> agents = await(adapter.getAgents(Set.of(AMY)));

        assertEquals(Set.of(AMY), agents.keySet());
        assertEquals("Amy Agent", agents.get(AMY).name());
        assertEquals("amy.agent@acme-outdoor.com", agents.get(AMY).email());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/agents/" + AMY))));
        gladly().verify(0, getRequestedFor(urlPathEqualTo(API + "/agents")));
    }

    @Test
    void getAgentsLeavesOutAnAgentGladlyDoesNotKnow() {
        stubGet("/agents/nobody", aResponse().withStatus(404));

        assertTrue(await(adapter.getAgents(Set.of("nobody"))).isEmpty());
    }

    @Test
    void getAgentsWithSeveralIdsMakesOneListCall() {
        stubGet("/agents", file("agents.json"));

        Map<String, Agent> agents = await(adapter.getAgents(Set.of(LENA, MARCUS, "gone-agent")));

        assertEquals(Set.of(LENA, MARCUS), agents.keySet());
        assertEquals("Marcus Bell", agents.get(MARCUS).name());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/agents"))));
        gladly().verify(0, getRequestedFor(urlPathMatching(API + "/agents/.+")));
    }

    @Test
    void getAgentsWithNoIdsCallsNothing() {
        assertTrue(await(adapter.getAgents(Set.of())).isEmpty());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ customers

    @Test
    void getCustomersMapsAProfile() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        Customer priya = await(adapter.getCustomers(Set.of(PRIYA))).get(PRIYA);

        assertEquals(Vendor.GLADLY, priya.vendor());
        assertEquals(PRIYA, priya.remoteId());
        assertEquals("Priya Raman", priya.name());
        assertEquals("Priya", priya.firstName());
        assertEquals("Raman", priya.lastName());
        assertEquals(List.of("priya.raman@example.org", "P.Raman@Work.Example.com"), priya.emails());
        assertEquals(List.of("+15035550142", "+15035550199"), priya.phones());
        assertEquals("https://cdn.acme-outdoor.com/avatars/priya-raman.png", priya.avatarUrl());
        assertEquals(CustomerType.USER, priya.type());
        assertEquals(Instant.parse("2024-03-11T17:02:44.512Z"), priya.createdAt());
        assertEquals(Instant.parse("2024-03-12T08:15:03.004Z"), priya.lastActivityAt());
        assertEquals(List.of(new Attribute("loyaltyTier", "loyaltyTier", "silver"),
                new Attribute("memberNumber", "memberNumber", "M-55102")), priya.attributes());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))));
    }

    @Test
    void getCustomersLeavesOutProfilesGladlyAnswers404For() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/customer-profiles/cst-unknown", aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBodyFile("error-404-object.json"));

        Map<String, Customer> customers = await(adapter.getCustomers(Set.of(PRIYA, "cst-unknown")));

        assertEquals(Set.of(PRIYA), customers.keySet());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles/cst-unknown"))));
    }

    @Test
    void getCustomersFollowsAMergedProfileOnce() {
        stubGet("/customer-profiles/cst-20230101-0007", aResponse().withStatus(301)
                .withHeader("Content-Type", "application/json").withBodyFile("customer-moved.json"));
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));

        Map<String, Customer> customers = await(adapter.getCustomers(Set.of("cst-20230101-0007")));

        assertEquals(Set.of("cst-20230101-0007"), customers.keySet());
        assertEquals(PRIYA, customers.get("cst-20230101-0007").remoteId());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles/cst-20230101-0007"))));
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles/" + PRIYA))));
    }

    @Test
    void getCustomersFollowsNoSecondMove() {
        stubGet("/customer-profiles/cst-20230101-0007", aResponse().withStatus(301)
                .withBody(moved("cst-20230101-0007", "cst-middle")));
        stubGet("/customer-profiles/cst-middle", aResponse().withStatus(301).withBody(moved("cst-middle", "cst-last")));

        assertTrue(await(adapter.getCustomers(Set.of("cst-20230101-0007"))).isEmpty());
        gladly().verify(1, getRequestedFor(urlPathEqualTo(API + "/customer-profiles/cst-middle")));
        gladly().verify(0, getRequestedFor(urlPathEqualTo(API + "/customer-profiles/cst-last")));
    }

    @Test
    void listCustomersByEmailAsksGladlyForThatEmail() {
        stubGet("/customer-profiles", file("customer-profiles-search.json"));

        Page<Customer> page = await(adapter.listCustomers(new CustomerQuery(null, "priya.raman@example.org"), null));

        assertEquals(List.of(PRIYA, "Qm3vT8kLSx2bN0pRwY7aZg"), page.items().stream().map(Customer::remoteId).toList());
        assertNull(page.nextPageToken());
        Customer dana = page.items().get(1);
        assertEquals("Dana", dana.firstName());
        assertNull(dana.lastName());
        assertEquals(Instant.parse("2024-01-05T09:30:12.070Z"), dana.lastActivityAt());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles"))
                .withQueryParam("email", equalTo("priya.raman@example.org"))
                .withoutQueryParam("phoneNumber")));
    }

    @Test
    void listCustomersWithAnAddressAsSearchTextSearchesByEmail() {
        stubGet("/customer-profiles", file("customer-profiles-search.json"));

        await(adapter.listCustomers(new CustomerQuery(" priya.raman@example.org ", null), null));

        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles"))
                .withQueryParam("email", equalTo("priya.raman@example.org"))));
    }

    @Test
    void listCustomersWithAPhoneNumberAsSearchTextSearchesByE164Number() {
        stubGet("/customer-profiles", file("customer-profiles-search.json"));

        Page<Customer> page = await(adapter.listCustomers(new CustomerQuery("+1 (503) 555-0142", null), null));

        assertEquals(2, page.items().size());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customer-profiles"))
                .withQueryParam("phoneNumber", equalTo("+15035550142"))
                .withoutQueryParam("email")));
        // Gladly wants the + escaped, or it would read it as a space
        String url = gladly().getAllServeEvents().get(0).getRequest().getUrl();
        assertTrue(url.contains("phoneNumber=%2B15035550142"), url);
    }

    @Test
    void listCustomersReadsANationalNumberAsUs() {
        stubGet("/customer-profiles", file("customer-profiles-search.json"));

        await(adapter.listCustomers(new CustomerQuery("(503) 555-0142", null), null));

        gladly().verify(1, getRequestedFor(urlPathEqualTo(API + "/customer-profiles"))
                .withQueryParam("phoneNumber", equalTo("+15035550142")));
    }

    @Test
    void listCustomersByFreeTextIsUnsupported() {
        SwitchboardException e = failure(adapter.listCustomers(new CustomerQuery("Priya", null), null));

        assertEquals(ErrorCode.UNSUPPORTED_BY_VENDOR, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void listCustomersWithoutAQueryIsUnsupported() {
        assertEquals(ErrorCode.UNSUPPORTED_BY_VENDOR,
                failure(adapter.listCustomers(new CustomerQuery(null, null), null)).code());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void listCustomerConversationsReturnsTheWholeList() {
        stubGet("/customers/" + PRIYA + "/conversations", file("customer-conversations.json")
                .withHeader("Gladly-Limited-Data", "true"));

        Page<Conversation> page = await(adapter.listCustomerConversations(PRIYA, null));

        assertEquals(List.of("Cv0aZ9yXWb8vU7tS6rQ5pO", CONVERSATION),
                page.items().stream().map(Conversation::remoteId).toList());
        assertNull(page.nextPageToken());
        assertEquals(ConversationStatus.CLOSED, page.items().get(0).status());
        Conversation waiting = page.items().get(1);
        assertEquals(ConversationStatus.WAITING_ON_CUSTOMER, waiting.status());
        assertEquals(PRIYA, waiting.customerRemoteId());
        assertEquals(LENA, waiting.assigneeRemoteId());
        assertEquals(List.of("Tp1aB2cD3eF4gH5iJ6kL7m", "Tp8nO9pQ0rS1tU2vW3xY4z"), waiting.topics());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/customers/" + PRIYA + "/conversations"))));
    }

    // ------------------------------------------------------------------ conversations

    @Test
    void listConversationsIsUnsupported() {
        SwitchboardException e = failure(adapter.listConversations(new ConversationQuery(null, null), null));

        assertEquals(ErrorCode.UNSUPPORTED_BY_VENDOR, e.code());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void getConversationsMapsFoundOnesAndLeavesOutUnknownOnes() {
        stubGet("/conversations/" + CONVERSATION, file("conversation.json"));
        stubGet("/conversations/Cv-unknown", aResponse().withStatus(404));

        Map<String, Conversation> found = await(adapter.getConversations(Set.of(CONVERSATION, "Cv-unknown")));

        assertEquals(Set.of(CONVERSATION), found.keySet());
        Conversation conversation = found.get(CONVERSATION);
        assertEquals(Vendor.GLADLY, conversation.vendor());
        assertEquals(ConversationStatus.OPEN, conversation.status());
        assertEquals(PRIYA, conversation.customerRemoteId());
        assertEquals(LENA, conversation.assigneeRemoteId());
        assertEquals(List.of("Tp1aB2cD3eF4gH5iJ6kL7m"), conversation.topics());
        assertEquals(Instant.parse("2024-03-12T08:20:11Z"), conversation.createdAt());
        assertNull(conversation.title());
        assertNull(conversation.channel());
        assertNull(conversation.lastMessage());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/conversations/" + CONVERSATION))));
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/conversations/Cv-unknown"))));
    }

    @Test
    void listMessagesKeepsTheMessageItemsInOrder() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("conversation-items.json"));

        Page<Message> page = await(adapter.listMessages(CONVERSATION, null));

        assertEquals(List.of("It0aQ1bR2cS3dT4eU5fV6g", "It3dT4eU5fV6gW7hX8iY9j", "It4eU5fV6gW7hX8iY9jZ0k",
                "It5fV6gW7hX8iY9jZ0kA1l", "It6gW7hX8iY9jZ0kA1lB2m", "It7hX8iY9jZ0kA1lB2mC3n"),
                page.items().stream().map(Message::remoteId).toList());
        assertNull(page.nextPageToken());
        String base = "http://localhost:" + gladly().port() + API;

        Message sms = page.items().get(0);
        assertEquals(Vendor.GLADLY, sms.vendor());
        assertEquals(CONVERSATION, sms.conversationRemoteId());
        assertEquals("Where is my order?", sms.body());
        assertEquals(Channel.SMS, sms.channel());
        assertEquals(AuthorRole.CUSTOMER, sms.authorRole());
        assertEquals(PRIYA, sms.authorRemoteId());
        assertEquals(Instant.parse("2024-03-12T08:20:11.204Z"), sms.createdAt());

        Message chat = page.items().get(1);
        assertEquals(Channel.CHAT, chat.channel());
        assertEquals(AuthorRole.AGENT, chat.authorRole());
        assertEquals(LENA, chat.authorRemoteId());
        assertEquals(Instant.parse("2024-03-12T08:25:18.072729330Z"), chat.createdAt());
        assertEquals(List.of(new Attachment("return-label.pdf",
                base + "/conversation-items/It3dT4eU5fV6gW7hX8iY9j/attachments/At7gG8hH9iI0jJ1kK2lL3m")),
                chat.attachments());

        Message email = page.items().get(2);
        assertEquals(Channel.EMAIL, email.channel());
        assertEquals("Thanks, I will pick it up tomorrow.", email.body());

        Message call = page.items().get(3);
        assertEquals(Channel.PHONE, call.channel());
        assertEquals("Customer confirmed pickup at the depot.", call.body());
        assertEquals(List.of(new Attachment(GladlyMapper.RECORDING_NAME,
                base + "/conversation-items/It5fV6gW7hX8iY9jZ0kA1l/media/recording")), call.attachments());

        Message voiceAi = page.items().get(4);
        assertEquals(Channel.PHONE, voiceAi.channel());
        assertEquals("Is there anything else I can help with?", voiceAi.body());
        assertEquals(AuthorRole.SYSTEM, voiceAi.authorRole());
        assertNull(voiceAi.authorRemoteId());

        Message bot = page.items().get(5);
        assertEquals(AuthorRole.BOT, bot.authorRole());
        assertNull(bot.authorRemoteId());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(ITEMS))));
    }

    @Test
    void listMessagesOfAnUnknownConversationIsNotFound() {
        stubGet("/conversations/Cv-unknown/items", aResponse().withStatus(404));

        SwitchboardException e = failure(adapter.listMessages("Cv-unknown", null));

        assertEquals(ErrorCode.NOT_FOUND, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
    }

    @Test
    void listMessagesRejectsAPageToken() {
        assertEquals(ErrorCode.BAD_USER_INPUT, failure(adapter.listMessages(CONVERSATION, "abc")).code());
        // only this call's path: a retry another test left in flight may still reach the stub meanwhile
        gladly().verify(0, getRequestedFor(urlPathEqualTo(ITEMS)));
    }

    @Test
    void listNotesKeepsTheNoteItems() {
        stubGet("/conversations/" + CONVERSATION + "/items", file("conversation-items.json"));

        List<Note> notes = await(adapter.listNotes(CONVERSATION));

        assertEquals(2, notes.size());
        Note byAgent = notes.get(0);
        assertEquals("It2cS3dT4eU5fV6gW7hX8i", byAgent.remoteId());
        assertEquals(CONVERSATION, byAgent.conversationRemoteId());
        assertEquals("Parcel shows as held at the depot; calling the carrier.", byAgent.body());
        assertEquals(LENA, byAgent.authorRemoteId());
        assertEquals(Instant.parse("2024-03-12T08:22:30.500Z"), byAgent.createdAt());
        Note byApi = notes.get(1);
        assertEquals("Synced to OMS ticket 4471.", byApi.body());
        assertNull(byApi.authorRemoteId());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(ITEMS))));
    }

    @Test
    void listNotesOfAnUnknownConversationIsNotFound() {
        stubGet("/conversations/Cv-unknown/items", aResponse().withStatus(404));

        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.listNotes("Cv-unknown")).code());
    }

    // ------------------------------------------------------------------ answers

    @Test
    void listAnswersInALanguage() {
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers", file("answers.json"));

        Page<Answer> page = await(adapter.listAnswers(new AnswerQuery(null, "es-419"), null));

        assertEquals(3, page.items().size());
        assertNull(page.nextPageToken());
        Answer jacket = page.items().get(0);
        assertEquals(Vendor.GLADLY, jacket.vendor());
        assertEquals("An7xY8zA9bC0dE1fG2hI3j", jacket.remoteId());
        assertEquals("Caring for a down jacket", jacket.title());
        assertEquals("<p>Wash it <strong>cold</strong> &amp; tumble dry low.</p><p>Add two clean tennis balls.</p>",
                jacket.bodyHtml());
        assertEquals("Wash it cold & tumble dry low.\n\nAdd two clean tennis balls.", jacket.bodyText());
        assertEquals("en-us", jacket.language());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/orgs/OrgTest1/answers"))
                .withQueryParam("lng", equalTo("es-419"))));
    }

    @Test
    void listAnswersWithoutALanguageLeavesTheChoiceToGladly() {
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers", file("answers.json"));

        await(adapter.listAnswers(new AnswerQuery(null, null), null));

        gladly().verify(1, getRequestedFor(urlPathEqualTo(API + "/orgs/OrgTest1/answers")).withoutQueryParam("lng"));
    }

    @Test
    void searchAnswersTakesBodiesFromOneListCall() {
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers-search", file("answers-search.json"));
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers", file("answers.json"));

        Page<Answer> page = await(adapter.listAnswers(new AnswerQuery("return label", "en-us"), null));

        assertEquals(List.of("An2bC3dE4fG5hI6jK7lM8n", "An9zZ8yY7xX6wW5vV4uU3t", "An4dE5fG6hI7jK8lM9nO0p"),
                page.items().stream().map(Answer::remoteId).toList());
        assertEquals("Open your order and choose \"Print label\".", page.items().get(0).bodyText());
        assertEquals("You have 30 days to return unworn items.", page.items().get(2).bodyText());
        Answer notInList = page.items().get(1);
        assertEquals("Return label for international orders", notInList.title());
        assertNull(notInList.bodyHtml());
        assertNull(notInList.bodyText());
        gladly().verify(1, authorized(getRequestedFor(urlPathEqualTo(API + "/orgs/OrgTest1/answers-search"))
                .withQueryParam("q", equalTo("return label"))
                .withQueryParam("lng", equalTo("en-us"))));
        gladly().verify(1, getRequestedFor(urlPathEqualTo(API + "/orgs/OrgTest1/answers"))
                .withQueryParam("lng", equalTo("en-us")));
        assertEquals(2, gladly().getAllServeEvents().size());
    }

    @Test
    void getAnswersGetsEachAndLeavesOutUnknownOnes() {
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers/An2bC3dE4fG5hI6jK7lM8n", file("answer.json"));
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers/An-gone", aResponse().withStatus(404));

        Map<String, Answer> answers = await(adapter.getAnswers(Set.of("An2bC3dE4fG5hI6jK7lM8n", "An-gone")));

        assertEquals(Set.of("An2bC3dE4fG5hI6jK7lM8n"), answers.keySet());
        assertEquals("Printing a return label", answers.get("An2bC3dE4fG5hI6jK7lM8n").title());
        gladly().verify(1, authorized(getRequestedFor(
                urlPathEqualTo(API + "/orgs/OrgTest1/answers/An2bC3dE4fG5hI6jK7lM8n"))));
        gladly().verify(1, getRequestedFor(urlPathEqualTo(API + "/orgs/OrgTest1/answers/An-gone")));
    }

    @Test
    void listAnswersRejectsAPageToken() {
        assertEquals(ErrorCode.BAD_USER_INPUT, failure(adapter.listAnswers(new AnswerQuery(null, null), "1")).code());
        gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ errors

    @Test
    void a400WithAnErrorsArrayIsRejectedWithGladlysDetail() {
        stubGet("/customer-profiles", aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBodyFile("error-400.json"));

        SwitchboardException e = failure(adapter.listCustomers(new CustomerQuery("+44 20 7946 0018", null), null));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
        assertTrue(e.getMessage().contains("phoneNumber: phoneNumber must be in E.164 format"), e.getMessage());
    }

    @Test
    void a400WithASingleErrorObjectIsRejectedWithGladlysDetail() {
        stubGet("/conversations/" + CONVERSATION, aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBodyFile("error-400-object.json"));

        SwitchboardException e = failure(adapter.getConversations(Set.of(CONVERSATION)));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().contains("customerId: customer has open conversations"), e.getMessage());
    }

    @Test
    void a400WithABareErrorArrayIsRejectedWithGladlysDetail() {
        stubGet("/customer-profiles", aResponse().withStatus(400).withBodyFile("error-bare-array.json"));

        SwitchboardException e = failure(adapter.listCustomers(new CustomerQuery(null, "a@b.example"), null));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().contains("only one of email, phoneNumber or externalCustomerId may be given"),
                e.getMessage());
    }

    @Test
    void a409IsRejectedWithTheErrorCode() {
        stubGet("/customer-profiles/" + PRIYA, aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBodyFile("error-409.json"));

        SwitchboardException e = failure(adapter.getCustomers(Set.of(PRIYA)));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("id: taken"), e.getMessage());
    }

    @Test
    void a400WithoutABodyIsRejectedWithTheStatus() {
        stubGet("/agents", aResponse().withStatus(400));

        SwitchboardException e = failure(adapter.listAgents(null));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
    }

    @Test
    void a401IsAnAuthFailureAndNeverShowsTheCredentials() {
        stubGet("/conversations/" + CONVERSATION, aResponse().withStatus(401));

        SwitchboardException e = failure(adapter.getConversations(Set.of(CONVERSATION)));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
        assertFalse(e.getMessage().contains(VendorStubs.GLADLY_TOKEN));
        assertFalse(e.getMessage().contains(VendorAuth.GLADLY));
    }

    @Test
    void a429IsRateLimited() {
        stubGet("/agents", aResponse().withStatus(429));

        assertEquals(ErrorCode.VENDOR_RATE_LIMITED, failure(adapter.listAgents(null)).code());
    }

    @Test
    void a5xxIsUnavailable() {
        stubGet("/customers/" + PRIYA + "/conversations", aResponse().withStatus(503).withBody("<html>down</html>"));

        SwitchboardException e = failure(adapter.listCustomerConversations(PRIYA, null));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertFalse(e.getMessage().contains("<html>"), e.getMessage());
    }

    @Test
    void aFailingGetAmongSeveralFailsTheWholeMap() {
        stubGet("/customer-profiles/" + PRIYA, file("customer-profile.json"));
        stubGet("/customer-profiles/cst-broken", aResponse().withStatus(500));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.getCustomers(Set.of(PRIYA, "cst-broken"))).code());
    }

    @Test
    void malformedJsonIsUnavailable() {
        stubGet("/agents", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("[{\"id\":\"Vb7Qm2LxS0eYt1uNcRkP4w\",\"name\":"));

        SwitchboardException e = failure(adapter.listAgents(null));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertEquals(Vendor.GLADLY, e.vendor());
    }

    @Test
    void malformedJsonInASingleGetIsUnavailableNotAbsent() {
        stubGet("/orgs/" + VendorStubs.GLADLY_ORG + "/answers/An2bC3dE4fG5hI6jK7lM8n", aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{not json"));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE,
                failure(adapter.getAnswers(Set.of("An2bC3dE4fG5hI6jK7lM8n"))).code());
    }

    // ------------------------------------------------------------------ phone numbers

    @Test
    void phoneSearchTextBecomesE164() {
        assertEquals("+15035550142", GladlyAdapter.e164("+1 (503) 555-0142"));
        assertEquals("+15035550142", GladlyAdapter.e164("503.555.0142"));
        assertEquals("+15035550142", GladlyAdapter.e164("1 503 555 0142"));
        assertEquals("+442079460018", GladlyAdapter.e164("0044 20 7946 0018"));
        assertEquals("+442079460018", GladlyAdapter.e164("+44 20 7946 0018"));
    }

    // ------------------------------------------------------------------ helpers

    private static String moved(String oldId, String newId) {
        return """
                {"errors":[{"attr":"customerId","code":"moved","detail":"customer id has changed",\
                "meta":{"old":"%s","new":"%s"}}]}""".formatted(oldId, newId);
    }
}
