package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Attribute;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;

/** Creating and changing agents and customers: add-user and update-user, and the user read back after each. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkUserWritesTest {

    private static final String CREATED_901 = "{\"success\": true, \"response\": 901}";
    private static final String DONE = "{\"success\": true, \"response\": true}";

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        stub("get-online-users", "get-online-users-agents.json");
    }

    // ------------------------------------------------------------------ createAgent

    @Test
    void createAgentAddsAnAgentUserAndAnswersItAsReadBack() {
        stub(function("add-user"), json(200, CREATED_901));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"901\"]")),
                file("write-get-users-new-agent.json"));

        Agent agent = adapter.createAgent(new AgentDraft("Grace Brewster Hopper", "grace.hopper@gbtalk.test", null,
                "s3cret-Passw0rd", null, "https://cdn.gbtalk.test/avatars/grace.png", null, null, null))
                .await().atMost(WAIT);

        assertCalledOnce("add-user", "user_type", "agent", "first_name", "Grace", "last_name", "Brewster Hopper",
                "email", "grace.hopper@gbtalk.test", "profile_image", "https://cdn.gbtalk.test/avatars/grace.png",
                "password", "s3cret-Passw0rd");
        assertCalledOnce("get-users", "user_ids", "[\"901\"]");
        List<String> order = functionsCalled();
        assertEquals("add-user", order.get(0), "the read comes after the write");
        assertEquals(Set.of("get-users", "get-online-users"), Set.copyOf(order.subList(1, order.size())));

        assertEquals(Vendor.GBTALK, agent.vendor());
        assertEquals("901", agent.remoteId());
        assertEquals("Grace Brewster Hopper", agent.name());
        assertEquals("grace.hopper@gbtalk.test", agent.email());
        assertEquals("grace.hopper@gbtalk.test", agent.username());
        assertEquals("https://cdn.gbtalk.test/avatars/grace.png", agent.avatarUrl());
        assertEquals(AgentStatus.OFFLINE, agent.status());
        assertEquals(Instant.parse("2026-11-03T08:15:00Z"), agent.createdAt());
    }

    @Test
    void createAgentWithAOneWordNameSendsAnEmptyLastNameAndLeavesOutWhatIsNotGiven() {
        stub(function("add-user"), json(200, "{\"success\": true, \"response\": \"901\"}"));
        stub(function("get-users"), file("write-get-users-new-agent.json"));

        adapter.createAgent(new AgentDraft("Grace", null, null, null, null, null, null, null, null)).await()
                .atMost(WAIT);

        assertCalledOnce("add-user", "user_type", "agent", "first_name", "Grace", "last_name", "");
    }

    @Test
    void createAgentRefusesFieldsGbTalkAgentsDoNotHaveBeforeAnyCall() {
        record Case(AgentDraft draft, String field) {
        }
        for (Case c : List.of(
                new Case(new AgentDraft("Grace", null, null, null, null, null, AgentStatus.ONLINE, null, null),
                        "status"),
                new Case(new AgentDraft("Grace", null, null, null, null, null, null, true, null), "active"),
                new Case(new AgentDraft("Grace", null, "grace", "pw", null, null, null, null, null), "username"),
                new Case(new AgentDraft("Grace", null, null, null, "grace@gmail.test", null, null, null, null),
                        "gmailId"),
                new Case(new AgentDraft("Grace", null, null, null, null, null, null, null, "svc-1"),
                        "serviceUserId"))) {
            SwitchboardException e = failure(adapter.createAgent(c.draft()));
            assertFailure(e, ErrorCode.BAD_USER_INPUT);
            assertEquals(List.of("input", c.field()), e.inputPath());
        }
        assertEquals(0, callCount());
    }

    @Test
    void createAgentWithATakenEmailIsRejectedWithTheCodeAndNothingIsRead() {
        stub(function("add-user"), json(200, "{\"success\": false, \"response\": \"duplicate-email\"}"));

        SwitchboardException e = failure(adapter.createAgent(
                new AgentDraft("Grace Hopper", "taken@gbtalk.test", null, null, null, null, null, null, null)));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("duplicate-email"), e.getMessage());
        assertEquals(1, callCount());
    }

    @Test
    void aRefusalCodeInASuccessfulEnvelopeIsRejectedToo() {
        stub(function("add-user"), json(200, "{\"success\": true, \"response\": \"invalid-user-type\"}"));

        SwitchboardException e = failure(adapter.createAgent(
                new AgentDraft("Grace Hopper", null, null, null, null, null, null, null, null)));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("invalid-user-type"), e.getMessage());
    }

    @Test
    void aMySqlErrorInsteadOfTheIdIsUnavailableAndNeverShown() {
        stub(function("add-user"), json(200,
                "{\"success\": true, \"response\": \"Duplicate entry 'x' for key 'token' in users\"}"));

        SwitchboardException e = failure(adapter.createAgent(
                new AgentDraft("Grace Hopper", null, null, null, null, null, null, null, null)));

        assertFailure(e, ErrorCode.VENDOR_UNAVAILABLE);
        assertTrue(!e.getMessage().contains("Duplicate entry"), e.getMessage());
    }

    @Test
    void createAgentAnswersTheAgentAsWrittenWhenReadingItBackFails() {
        stub(function("add-user"), json(200, CREATED_901));
        stub(function("get-users"), json(500, "oops"));

        Agent agent = adapter.createAgent(new AgentDraft("Grace Hopper", "grace.hopper@gbtalk.test", null, null,
                null, "https://cdn.gbtalk.test/avatars/grace.png", null, null, null)).await().atMost(WAIT);

        assertEquals("901", agent.remoteId());
        assertEquals("Grace Hopper", agent.name());
        assertEquals("grace.hopper@gbtalk.test", agent.email());
        assertEquals("https://cdn.gbtalk.test/avatars/grace.png", agent.avatarUrl());
        assertEquals(AgentStatus.OFFLINE, agent.status());
        assertNull(agent.createdAt());
        assertEquals(1, calls("add-user").size(), "never written twice");
    }

    @Test
    void createAgentFailuresMapByStatus() {
        AgentDraft draft = new AgentDraft("Grace Hopper", null, null, null, null, null, null, null, null);
        stub(function("add-user"), json(401, "{\"status\": \"error\", \"response\": \"invalid-token\"}"));
        assertFailure(failure(adapter.createAgent(draft)), ErrorCode.VENDOR_AUTH_FAILED);

        stub(function("add-user"), json(400, "{\"status\": \"error\", \"response\": \"missing-argument\", "
                + "\"message\": \"Missing argument: first_name\"}"));
        SwitchboardException e = failure(adapter.createAgent(draft));
        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("missing-argument"), e.getMessage());

        stub(function("add-user"), json(503, "Service Unavailable"));
        assertFailure(failure(adapter.createAgent(draft)), ErrorCode.VENDOR_UNAVAILABLE);
        assertEquals(3, calls("add-user").size(), "one call per attempt: writes are never retried");
        assertEquals(List.of(), calls("get-users"));
    }

    // ------------------------------------------------------------------ updateAgent

    @Test
    void updateAgentChecksTheUserIsAnAgentThenSendsOnlyTheChanges() {
        stub(function("get-users").inScenario("update").whenScenarioStateIs(STARTED),
                file("get-users-by-ids-agents.json"));
        stub(function("update-user").inScenario("update").willSetStateTo("updated"), json(200, DONE));
        stub(function("get-users").inScenario("update").whenScenarioStateIs("updated"),
                file("write-get-users-updated-agent.json"));

        Agent agent = adapter.updateAgent("12", new AgentChanges("Bruce Wayne Peterson", "bruce.wayne@gbtalk.test",
                null, null, null)).await().atMost(WAIT);

        assertCalledOnce("update-user", "user_id", "12", "first_name", "Bruce", "last_name", "Wayne Peterson",
                "email", "bruce.wayne@gbtalk.test");
        assertEquals(List.of(form("get-users", "user_ids", "[\"12\"]"), form("get-users", "user_ids",
                "[\"12\"]")), calls("get-users"));
        List<String> order = functionsCalled();
        assertTrue(order.indexOf("update-user") > order.indexOf("get-users")
                && order.lastIndexOf("get-users") > order.indexOf("update-user"), order.toString());

        assertEquals("12", agent.remoteId());
        assertEquals("Bruce Wayne Peterson", agent.name());
        assertEquals("bruce.wayne@gbtalk.test", agent.email());
    }

    @Test
    void updateAgentWithOnlyAnAvatarSendsOnlyTheAvatar() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));
        stub(function("update-user"), json(200, DONE));

        adapter.updateAgent("12", new AgentChanges(null, null, "https://cdn.gbtalk.test/bruce.png", null, null))
                .await().atMost(WAIT);

        assertCalledOnce("update-user", "user_id", "12", "profile_image", "https://cdn.gbtalk.test/bruce.png");
    }

    @Test
    void updateAgentWithoutChangesWritesNothing() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));

        Agent agent = adapter.updateAgent("12", new AgentChanges(null, null, null, null, null)).await().atMost(WAIT);

        assertEquals("Bruce Peterson", agent.name());
        assertEquals(List.of(), calls("update-user"));
    }

    @Test
    void updateAgentOfACustomerOrUnknownUserIsNotFoundAndWritesNothing() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));

        for (String id : List.of("802", "999", "not-a-number")) {
            SwitchboardException e = failure(adapter.updateAgent(id, new AgentChanges("X Y", null, null, null,
                    null)));
            assertFailure(e, ErrorCode.NOT_FOUND);
        }
        assertEquals(List.of(), calls("update-user"));
        assertEquals(2, calls("get-users").size(), "an id GB Talk cannot have issued needs no call");
    }

    @Test
    void updateAgentRefusesStatusAndActiveBeforeAnyCall() {
        SwitchboardException status = failure(adapter.updateAgent("12",
                new AgentChanges(null, null, null, AgentStatus.OFFLINE, null)));
        assertFailure(status, ErrorCode.BAD_USER_INPUT);
        assertEquals(List.of("input", "status"), status.inputPath());

        SwitchboardException active = failure(adapter.updateAgent("12",
                new AgentChanges("Bruce", null, null, null, false)));
        assertEquals(List.of("input", "active"), active.inputPath());
        assertEquals(0, callCount());
    }

    @Test
    void updateAgentWithATakenEmailIsRejected() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));
        stub(function("update-user"), json(200, "{\"success\": false, \"response\": \"duplicate-email\"}"));

        SwitchboardException e = failure(adapter.updateAgent("12",
                new AgentChanges(null, "ada.moreau@gbtalk.test", null, null, null)));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("duplicate-email"), e.getMessage());
        assertEquals(1, calls("get-users").size(), "nothing is read back after a refusal");
    }

    // ------------------------------------------------------------------ createCustomer

    @Test
    void createCustomerAddsAUserOfTheTypeWithThePhoneAsAnExtraDetail() {
        stub(function("add-user"), json(200, "{\"success\": true, \"response\": 902}"));
        stub(function("get-users").withFormParam("user_ids", equalTo("[\"902\"]")),
                file("write-get-users-new-customer.json"));

        Customer customer = adapter.createCustomer(new CustomerDraft("Ada King Lovelace", null, null,
                List.of("ada@example.test"), List.of("+15035550142"), CustomerType.LEAD)).await().atMost(WAIT);

        assertCalledOnce("add-user", "user_type", "lead", "first_name", "Ada", "last_name", "King Lovelace",
                "email", "ada@example.test", "extra", "{\"phone\":[\"+15035550142\",\"Phone\"]}");
        assertCalledOnce("get-users", "user_ids", "[\"902\"]", "extra", "true");

        assertEquals("902", customer.remoteId());
        assertEquals("Ada King Lovelace", customer.name());
        assertEquals("Ada", customer.firstName());
        assertEquals("King Lovelace", customer.lastName());
        assertEquals(List.of("ada@example.test"), customer.emails());
        assertEquals(List.of("+15035550142"), customer.phones());
        assertEquals(CustomerType.LEAD, customer.type());
        assertEquals(Instant.parse("2026-11-03T08:20:00Z"), customer.createdAt());
    }

    @Test
    void createCustomerIsAUserByDefaultAndPrefersFirstAndLastNameToTheName() {
        stub(function("add-user"), json(200, "{\"success\": true, \"response\": 902}"));
        stub(function("get-users"), file("write-get-users-new-customer.json"));

        adapter.createCustomer(new CustomerDraft("Someone Else", "Ada", null, null, null, null)).await()
                .atMost(WAIT);
        adapter.createCustomer(new CustomerDraft(null, null, null, List.of("anon@example.test"), null, null))
                .await().atMost(WAIT);

        assertEquals(List.of(
                form("add-user", "user_type", "user", "first_name", "Ada", "last_name", "Else"),
                // no name at all: GB Talk names the user itself
                form("add-user", "user_type", "user", "email", "anon@example.test")), calls("add-user"));
    }

    @Test
    void createCustomerRefusesMoreEmailsOrPhonesThanGbTalkKeepsBeforeAnyCall() {
        SwitchboardException emails = failure(adapter.createCustomer(new CustomerDraft("Ada", null, null,
                List.of("a@example.test", "b@example.test"), null, null)));
        assertFailure(emails, ErrorCode.BAD_USER_INPUT);
        assertEquals(List.of("input", "emails"), emails.inputPath());

        SwitchboardException phones = failure(adapter.createCustomer(new CustomerDraft("Ada", null, null, null,
                List.of("+15035550142", "+15035550143"), null)));
        assertEquals(List.of("input", "phones"), phones.inputPath());
        assertEquals(0, callCount());
    }

    @Test
    void createCustomerWithATakenEmailIsRejected() {
        stub(function("add-user"), json(200, "{\"success\": false, \"response\": \"duplicate-email\"}"));

        SwitchboardException e = failure(adapter.createCustomer(new CustomerDraft("Ada", null, null,
                List.of("don.john@example.test"), null, CustomerType.USER)));

        assertFailure(e, ErrorCode.VENDOR_REJECTED);
        assertTrue(e.getMessage().contains("duplicate-email"), e.getMessage());
        assertEquals(List.of(), calls("get-users"));
    }

    @Test
    void createCustomerAnswersTheCustomerAsWrittenWhenTheReadFindsNothing() {
        stub(function("add-user"), json(200, "{\"success\": true, \"response\": 902}"));
        stub(function("get-users"), json(200, "{\"success\": true, \"response\": []}"));

        Customer customer = adapter.createCustomer(new CustomerDraft("Ada Lovelace", null, null,
                List.of("ada@example.test"), List.of("+15035550142"), CustomerType.VISITOR)).await().atMost(WAIT);

        assertEquals("902", customer.remoteId());
        assertEquals("Ada Lovelace", customer.name());
        assertEquals(List.of("ada@example.test"), customer.emails());
        assertEquals(List.of("+15035550142"), customer.phones());
        assertEquals(CustomerType.VISITOR, customer.type());
        assertEquals(List.of(new Attribute("phone", "Phone", "+15035550142")), customer.attributes());
    }

    // ------------------------------------------------------------------ updateCustomer

    @Test
    void updateCustomerSendsTheChangesWithThePhoneInSettingsExtra() {
        stub(function("get-users").inScenario("update").whenScenarioStateIs(STARTED),
                file("get-users-by-ids-customers.json"));
        stub(function("update-user").inScenario("update").willSetStateTo("updated"), json(200, DONE));
        stub(function("get-users").inScenario("update").whenScenarioStateIs("updated"),
                file("write-get-users-updated-customer.json"));

        Customer customer = adapter.updateCustomer("802", new CustomerChanges(null, "Donna", null, List.of(),
                List.of())).await().atMost(WAIT);

        // an empty list deletes: NULL is the documented way to delete the email, an empty value the phone
        assertCalledOnce("update-user", "user_id", "802", "first_name", "Donna", "email", "NULL", "settings_extra",
                "{\"phone\":[\"\",\"Phone\"]}");
        assertEquals(List.of(form("get-users", "user_ids", "[\"802\"]"),
                form("get-users", "user_ids", "[\"802\"]", "extra", "true")), calls("get-users"));
        assertEquals("Donna John", customer.name());
        assertEquals(List.of(), customer.emails());
        assertEquals(List.of(), customer.phones());
    }

    @Test
    void updateCustomerSplitsANameAndSetsOneEmailAndPhone() {
        stub(function("get-users"), file("get-users-by-ids-customers.json"));
        stub(function("update-user"), json(200, DONE));

        adapter.updateCustomer("802", new CustomerChanges("Don Juan John", null, null, List.of("don@example.test"),
                List.of("+442071234567"))).await().atMost(WAIT);

        assertCalledOnce("update-user", "user_id", "802", "first_name", "Don", "last_name", "Juan John", "email",
                "don@example.test", "settings_extra", "{\"phone\":[\"+442071234567\",\"Phone\"]}");
    }

    @Test
    void updateCustomerOfAnAgentIsNotFoundAndWritesNothing() {
        stub(function("get-users"), file("get-users-by-ids-customers.json"));

        assertFailure(failure(adapter.updateCustomer("12", new CustomerChanges("X", null, null, null, null))),
                ErrorCode.NOT_FOUND);
        assertEquals(List.of(), calls("update-user"));
    }

    @Test
    void updateCustomerFailuresMapByStatus() {
        stub(function("get-users"), file("get-users-by-ids-customers.json"));
        CustomerChanges changes = new CustomerChanges("Don", null, null, null, null);

        stub(function("update-user"), json(200, "{\"success\": false, \"response\": \"duplicate-email\"}"));
        assertFailure(failure(adapter.updateCustomer("802", changes)), ErrorCode.VENDOR_REJECTED);

        stub(function("update-user"), json(500, "Internal Server Error"));
        assertFailure(failure(adapter.updateCustomer("802", changes)), ErrorCode.VENDOR_UNAVAILABLE);

        stub(function("update-user"), json(200, "{\"success\": true, \"response\": false}"));
        assertFailure(failure(adapter.updateCustomer("802", changes)), ErrorCode.VENDOR_REJECTED);
        assertEquals(3, calls("update-user").size());
    }
}
