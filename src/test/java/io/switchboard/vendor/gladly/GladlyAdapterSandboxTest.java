package io.switchboard.vendor.gladly;

import static io.switchboard.testing.Awaits.await;
import static io.switchboard.testing.Awaits.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.SmsReceipt;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.sandbox.gladly.GladlyJson;
import io.switchboard.sandbox.gladly.GladlySandboxControl;
import io.switchboard.sandbox.gladly.GladlySeed;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.CustomerSource.CustomerQuery;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;

/**
 * The adapter against the dev-mode sandbox instead of WireMock: every Gladly write the adapter makes, the sandbox
 * takes, and the reads that follow show it, as in dev mode.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyAdapterSandboxTest {
    private static final String PRIYA = GladlySeed.MERGED_INTO_CUSTOMER_ID;

    @TestHTTPResource("/sandbox/gladly/api/v1")
    URI sandbox;

    @Inject
    SwitchboardConfig config;

    @Inject
    GladlySandboxControl control;

    GladlyAdapter adapter;

    @BeforeEach
    void pointTheAdapterAtTheSandbox() {
        GladlyApi api = QuarkusRestClientBuilder.newBuilder().baseUri(sandbox).build(GladlyApi.class);
        adapter = new GladlyAdapter(() -> api, config);
        control.eachRequestInItsOwnSecond();
    }

    @AfterEach
    void forgetTheWrites() {
        control.realTime();
        control.reset();
    }

    @Test
    void aCreatedCustomerReadsBackAndItsEmailIsTaken() {
        Customer created = await(adapter.createCustomer(new CustomerDraft(null, "Noor", "Haddad",
                List.of("noor.haddad@example.org"), List.of("+15035550177"), null)));

        assertEquals("Noor Haddad", created.name());
        assertEquals(List.of("+15035550177"), created.phones());
        assertEquals(Set.of(created.remoteId()), await(adapter.getCustomers(Set.of(created.remoteId()))).keySet());
        assertEquals(created.remoteId(), await(adapter.listCustomers(new CustomerQuery(null, "noor.haddad@example.org"),
                null)).items().get(0).remoteId());

        SwitchboardException taken = failure(adapter.createCustomer(new CustomerDraft("Another Noor", null, null,
                List.of("Noor.Haddad@example.org"), null, null)));
        assertEquals(ErrorCode.VENDOR_REJECTED, taken.code());
        assertTrue(taken.getMessage().contains("taken"), taken.getMessage());
        taken = failure(adapter.createCustomer(new CustomerDraft("Mobile thief", null, null, null,
                List.of("+15035550177"), null)));
        assertEquals(ErrorCode.VENDOR_REJECTED, taken.code());
    }

    @Test
    void anUpdateKeepsThePhonesSmsPreferenceAndFollowsAMerge() {
        Customer updated = await(adapter.updateCustomer(GladlySeed.MERGED_CUSTOMER_ID,
                new CustomerChanges(null, "Pri", null, null, List.of("+15035550101", "+15035550166"))));

        assertEquals(PRIYA, updated.remoteId());
        assertEquals("Pri Raman", updated.name());
        assertEquals(List.of("+15035550101", "+15035550166"), updated.phones());
        List<GladlyJson.Phone> phones = control.store().customer(PRIYA).orElseThrow().phones();
        assertEquals("ON", phones.get(0).smsPreference());
        assertEquals("MOBILE", phones.get(1).type());

        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.updateCustomer("cst-unknown",
                new CustomerChanges("x", null, null, null, null))).code());
    }

    @Test
    void aReplyANoteAndAStatusChangeShowInTheNextReads() {
        GladlyJson.Conversation open = openConversationAwaitingAnswer();

        Message reply = await(adapter.sendMessage(open.id(), "It ships today.", null, List.of()));
        List<Message> messages = await(adapter.listMessages(open.id(), null)).items();
        assertEquals(reply.remoteId(), messages.get(messages.size() - 1).remoteId());
        assertEquals("It ships today.", reply.body());
        assertEquals(AuthorRole.AGENT, reply.authorRole());
        assertEquals(VendorStubs.GLADLY_USER,
                await(adapter.getAgents(Set.of(reply.authorRemoteId()))).get(reply.authorRemoteId()).email());

        Note note = await(adapter.addNote(open.id(), "Customer prefers SMS.", null, null));
        assertTrue(await(adapter.listNotes(open.id())).stream().anyMatch(n -> n.remoteId().equals(note.remoteId())));
        assertEquals("Customer prefers SMS.", note.body());

        Conversation closed = await(adapter.updateStatus(open.id(), ConversationStatus.CLOSED));
        assertEquals(ConversationStatus.CLOSED, closed.status());
        assertEquals(ConversationStatus.CLOSED,
                await(adapter.getConversations(Set.of(open.id()))).get(open.id()).status());
        SwitchboardException refused = failure(adapter.sendMessage(open.id(), "One more thing", null, null));
        assertEquals(ErrorCode.VENDOR_REJECTED, refused.code());
        assertTrue(refused.getMessage().contains("closed conversations"), refused.getMessage());
        SwitchboardException reassign = failure(adapter.assign(open.id(), null));
        assertEquals(ErrorCode.VENDOR_REJECTED, reassign.code());

        assertEquals(ConversationStatus.OPEN, await(adapter.updateStatus(open.id(), ConversationStatus.OPEN)).status());
    }

    @Test
    void assignAndUnassign() {
        GladlyJson.Conversation open = openConversationAwaitingAnswer();
        String agent = control.store().agents().stream().map(GladlyJson.Agent::id)
                .filter(id -> !id.equals(open.agentId())).findFirst().orElseThrow();

        assertEquals(agent, await(adapter.assign(open.id(), agent)).assigneeRemoteId());
        assertNull(await(adapter.assign(open.id(), null)).assigneeRemoteId());
        assertEquals(open.inboxId(), control.store().conversation(open.id()).orElseThrow().inboxId());
        assertEquals(ErrorCode.VENDOR_REJECTED, failure(adapter.assign(open.id(), "no-such-agent")).code());
    }

    @Test
    void anSmsToANewNumberMakesACustomer() {
        SmsReceipt receipt = await(adapter.sendSms("+15035550188", GladlySeed.SUPPORT_NUMBER, "Your order shipped."));

        Customer customer = await(adapter.getCustomers(Set.of(receipt.customerRemoteId())))
                .get(receipt.customerRemoteId());
        assertEquals(List.of("+15035550188"), customer.phones());
        assertTrue(control.store().item(receipt.conversationItemId()).isPresent());
    }

    private GladlyJson.Conversation openConversationAwaitingAnswer() {
        return control.store().conversations().stream()
                .filter(c -> "OPEN".equals(c.status()) && c.agentId() != null)
                .filter(c -> {
                    List<GladlyJson.Item> timeline = control.store().timeline(c.id());
                    GladlyJson.Item last = timeline.stream()
                            .filter(item -> GladlyWrites.REPLYABLE.contains(item.content().type())
                                    || "PHONE_CALL".equals(item.content().type()))
                            .reduce((first, second) -> second).orElse(null);
                    return last != null && "CUSTOMER".equals(last.initiator().type())
                            && GladlyWrites.REPLYABLE.contains(last.content().type());
                })
                .findFirst().orElseThrow();
    }
}
