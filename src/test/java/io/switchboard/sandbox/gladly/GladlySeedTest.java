package io.switchboard.sandbox.gladly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.sandbox.gladly.GladlyJson.CustomerProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Item;
import io.switchboard.sandbox.gladly.GladlyJson.Phone;

/** The seeded organization: deterministic, internally consistent, and shaped by Gladly's rules. */
class GladlySeedTest {

    private static final String MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final String GLADLY_ID = "[A-Za-z0-9_-]{1,49}";
    private static final Set<String> MESSAGE_TYPES = Set.of("CHAT_MESSAGE", "EMAIL", "SMS", "PHONE_CALL");

    private final GladlySandboxStore store = new GladlySandboxStore();

    @Test
    void isTheSameOnEveryStart() {
        GladlySandboxStore again = new GladlySandboxStore();
        assertEquals(store.agents(), again.agents());
        assertEquals(store.topics(), again.topics());
        assertEquals(store.customers(), again.customers());
        assertEquals(store.conversations(), again.conversations());
        for (Conversation conversation : store.conversations()) {
            assertEquals(store.items(conversation.id(), null), again.items(conversation.id(), null));
        }
        assertEquals(store.answers("en-us"), again.answers("en-us"));
    }

    @Test
    void hasTheAdvertisedSize() {
        assertThat(store.agents(), hasSize(8));
        assertThat(store.topics(), hasSize(6));
        assertThat(store.customers(), hasSize(GladlySeed.CUSTOMERS));
        assertEquals(182, store.conversations().size());
        assertThat(store.answers("en-us").items(), hasSize(12));
        assertThat(store.answers("es-419").items(), hasSize(4));
        assertEquals(GladlySeed.BUSY_CUSTOMER_CONVERSATIONS, store.conversations().stream()
                .filter(c -> c.customerId().equals(GladlySeed.BUSY_CUSTOMER_ID)).count());
    }

    @Test
    void idsAreUrlSafeAndShort() {
        Stream.of(store.agents().stream().map(a -> a.id()), store.topics().stream().map(t -> t.id()),
                store.customers().stream().map(CustomerProfile::id), store.conversations().stream()
                        .map(Conversation::id))
                .flatMap(s -> s)
                .forEach(id -> assertThat(id, matchesPattern(GLADLY_ID)));
    }

    @Test
    void emailsAndMobileNumbersAreUniqueAcrossProfiles() {
        Set<String> emails = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        for (CustomerProfile customer : store.customers()) {
            if (customer.emails() != null) {
                customer.emails().forEach(e -> assertTrue(emails.add(e.normalized()), e.normalized()));
            }
            customer.phones().stream().filter(p -> "MOBILE".equals(p.type()))
                    .forEach(p -> assertTrue(mobiles.add(p.normalized()), p.normalized()));
        }
        assertThat(mobiles, hasSize(GladlySeed.CUSTOMERS));
    }

    @Test
    void profilesCarryEveryDocumentedField() {
        List<CustomerProfile> customers = store.customers();
        for (CustomerProfile customer : customers) {
            assertThat(customer.createdAt(), matchesPattern(MILLIS));
            assertThat(customer.updatedAt(), matchesPattern(MILLIS));
            assertTrue(customer.updated().isAfter(java.time.Instant.parse(customer.createdAt())));
            assertFalse(customer.customAttributes().isEmpty());
            customer.phones().forEach(p -> assertThat(p.normalized(), matchesPattern("\\+[1-9]\\d{7,14}")));
        }
        List<Phone> phones = customers.stream().flatMap(c -> c.phones().stream()).toList();
        assertThat(phones.stream().map(Phone::type).toList(), hasItem((String) null));
        assertThat(Set.copyOf(phones.stream().map(Phone::type).filter(Objects::nonNull).toList()),
                containsInAnyOrder("MOBILE", "HOME", "OFFICE"));
        assertTrue(phones.stream().anyMatch(p -> "GB".equals(p.regionCode()) && !p.original().startsWith("+")));
        assertEquals(3, customers.stream()
                .filter(c -> c.phones().stream().anyMatch(p -> GladlySeed.SHARED_OFFICE_PHONE.equals(p.normalized())))
                .count());
        assertTrue(customers.stream().anyMatch(c -> c.emails() == null), "a profile known only by phone");
        assertTrue(customers.stream().anyMatch(c -> c.externalCustomerId() != null));
        assertTrue(customers.stream().anyMatch(c -> c.externalCustomerIds() != null));
        assertTrue(customers.stream().anyMatch(c -> c.image() != null));
        assertTrue(customers.stream().anyMatch(c -> c.address() != null));
        assertTrue(customers.stream().anyMatch(c -> c.emails() != null
                && !c.emails().get(0).original().equals(c.emails().get(0).normalized())));
    }

    @Test
    void mergedProfileIsGoneAndPointsAtItsSuccessor() {
        assertTrue(store.customer(GladlySeed.MERGED_CUSTOMER_ID).isEmpty());
        assertEquals(GladlySeed.MERGED_INTO_CUSTOMER_ID, store.mergedInto(GladlySeed.MERGED_CUSTOMER_ID).orElseThrow());
        assertTrue(store.customer(GladlySeed.MERGED_INTO_CUSTOMER_ID).isPresent());
    }

    @Test
    void conversationsAreConsistentWithTheirItems() {
        Set<String> agentIds = Set.copyOf(store.agents().stream().map(a -> a.id()).toList());
        Set<String> enabledTopics = Set.copyOf(store.topics().stream().filter(t -> !t.disabled()).map(t -> t.id())
                .toList());
        Set<String> seenTypes = new HashSet<>();
        Set<String> seenStatuses = new HashSet<>();
        for (Conversation conversation : store.conversations()) {
            seenStatuses.add(conversation.status());
            List<Item> items = store.items(conversation.id(), null).items();
            assertThat(conversation.id(), items.size(), is(both(2, 10)));
            assertEquals(items.get(0).timestamp(), conversation.createdAt(), "created with its first item");
            assertThat(conversation.topicIds(), everyItem(is(in(enabledTopics))));
            if (conversation.agentId() != null) {
                assertThat(conversation.agentId(), is(in(agentIds)));
            }
            for (Item item : items) {
                assertEquals(conversation.customerId(), item.customerId());
                assertEquals(conversation.id(), item.conversationId());
                assertThat(item.timestamp(), matchesPattern(MILLIS));
                assertNotNull(item.initiator());
                if ("AGENT".equals(item.initiator().type())) {
                    assertThat(item.initiator().id(), is(in(agentIds)));
                }
                seenTypes.add(item.content().type());
            }
            List<Item> messages = items.stream().filter(i -> MESSAGE_TYPES.contains(i.content().type())).toList();
            String lastSpeaker = messages.get(messages.size() - 1).initiator().type();
            switch (conversation.status()) {
                case "CLOSED" -> {
                    assertNotNull(conversation.closedAt());
                    assertEquals("CONVERSATION_STATUS_CHANGE", items.get(items.size() - 1).content().type());
                    assertFalse(conversation.topicIds().isEmpty(), "Gladly requires topics before closing");
                    assertTrue(messages.stream().anyMatch(m -> !"CUSTOMER".equals(m.initiator().type())),
                            "answered before it was closed");
                }
                case "OPEN" -> {
                    assertNull(conversation.closedAt());
                    assertEquals("CUSTOMER", lastSpeaker, "an open conversation awaits the agent");
                }
                case "WAITING" -> {
                    assertNull(conversation.closedAt());
                    assertThat("a waiting conversation awaits the customer", lastSpeaker, is(in(Set.of("AGENT",
                            "SYSTEM"))));
                }
                default -> throw new AssertionError(conversation.status());
            }
        }
        assertThat(seenStatuses, containsInAnyOrder("OPEN", "WAITING", "CLOSED"));
        assertThat(seenTypes, containsInAnyOrder("CHAT_MESSAGE", "EMAIL", "SMS", "CONVERSATION_NOTE",
                "CONVERSATION_STATUS_CHANGE", "TOPIC_CHANGE", "PHONE_CALL"));
    }

    private static org.hamcrest.Matcher<Integer> both(int min, int max) {
        return org.hamcrest.Matchers.allOf(greaterThanOrEqualTo(min), lessThanOrEqualTo(max));
    }
}
