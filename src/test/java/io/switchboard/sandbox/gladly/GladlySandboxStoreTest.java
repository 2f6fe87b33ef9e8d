package io.switchboard.sandbox.gladly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.switchboard.sandbox.gladly.GladlyJson.ChatMessage;
import io.switchboard.sandbox.gladly.GladlyJson.Communicator;
import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.sandbox.gladly.GladlyJson.ConversationNote;
import io.switchboard.sandbox.gladly.GladlyJson.CustomerProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Item;
import io.switchboard.sandbox.gladly.GladlyJson.Phone;
import io.switchboard.sandbox.gladly.GladlySandboxStore.Limited;

/** The store's lists: Gladly's caps, orderings and filters, including cases the seed alone does not reach. */
class GladlySandboxStoreTest {

    private static final String SWITCHBOARD_PHONE = "+13125550111";
    private static final Communicator CUSTOMER = new Communicator("cst-1", "CUSTOMER");

    private final GladlySandboxStore store = new GladlySandboxStore();

    @Test
    void searchReturnsTheFiftyMostRecentlyUpdatedProfiles() {
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        // added in an order that is neither oldest nor newest first
        for (int i : List.of(3, 59, 0, 27, 41, 12)) {
            store.putCustomer(withSwitchboardPhone("shared-" + i, base.plusSeconds(3600L * i)));
        }
        IntStream.range(0, 60).filter(i -> !List.of(3, 59, 0, 27, 41, 12).contains(i))
                .forEach(i -> store.putCustomer(withSwitchboardPhone("shared-" + i, base.plusSeconds(3600L * i))));

        Limited<CustomerProfile> found = store.customersByPhone(SWITCHBOARD_PHONE);

        assertTrue(found.truncated());
        assertThat(found.items(), hasSize(50));
        assertEquals("shared-59", found.items().get(0).id());
        assertEquals("shared-10", found.items().get(49).id());
        assertEquals(found.items(), found.items().stream()
                .sorted(Comparator.comparing(CustomerProfile::updated).reversed()).toList());
    }

    @Test
    void fiftyIsNotTruncated() {
        IntStream.range(0, 50).forEach(i -> store.putCustomer(withSwitchboardPhone("p" + i,
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i))));
        Limited<CustomerProfile> found = store.customersByPhone(SWITCHBOARD_PHONE);
        assertFalse(found.truncated());
        assertThat(found.items(), hasSize(50));
    }

    @Test
    void emailSearchIgnoresCase() {
        CustomerProfile priya = store.customer(GladlySeed.MERGED_INTO_CUSTOMER_ID).orElseThrow();
        String email = priya.emails().get(0).normalized().toUpperCase();
        assertThat(store.customersByEmail(" " + email + " ").items(), contains(priya));
    }

    @Test
    void itemsComeOutInTimestampOrderWhateverTheirArrival() {
        store.putConversation(new Conversation("cv-1", "cst-1", null, "inbox", "OPEN", List.of(), null,
                "2024-03-12T08:00:00.000Z", null));
        store.addItem(item("it-3", "2024-03-12T08:20:00.000Z", "s-1"));
        store.addItem(item("it-1", "2024-03-12T08:00:00.000Z", "s-1"));
        store.addItem(new Item("note-2", "cst-1", "cv-1", null, "2024-03-12T08:10:00.000Z",
                new Communicator("ag-1", "AGENT"), null, new ConversationNote("checked")));
        store.addItem(item("it-4", "2024-03-12T08:30:00.000Z", "s-2"));

        assertThat(store.items("cv-1", null).items().stream().map(Item::id).toList(),
                contains("it-1", "note-2", "it-3", "it-4"));
        assertThat(store.items("cv-1", "s-1").items().stream().map(Item::id).toList(), contains("it-1", "it-3"));
        assertTrue(store.note("cv-1", "note-2").isPresent());
        assertTrue(store.note("cv-1", "it-1").isEmpty(), "a message is not a note");
        assertTrue(store.note("cv-other", "note-2").isEmpty());
    }

    @Test
    void itemsAreCappedAtAThousand() {
        Instant base = Instant.parse("2024-03-12T08:00:00Z");
        for (int i = 1001; i >= 0; i--) {
            store.addItem(item("it-" + i, GladlyJson.timestamp(base.plusSeconds(i)), null));
        }
        Limited<Item> items = store.items("cv-1", null);
        assertTrue(items.truncated());
        assertThat(items.items(), hasSize(1000));
        assertEquals("it-0", items.items().get(0).id());
        assertEquals("it-999", items.items().get(999).id());
    }

    @Test
    void aCustomersConversationsAreTheOldestHundred() {
        Limited<Conversation> busy = store.conversationsOf(GladlySeed.BUSY_CUSTOMER_ID);
        assertTrue(busy.truncated());
        assertThat(busy.items(), hasSize(100));
        List<Conversation> all = store.conversations().stream()
                .filter(c -> c.customerId().equals(GladlySeed.BUSY_CUSTOMER_ID)).toList();
        assertEquals(all.subList(0, 100), busy.items());
    }

    @Test
    void answerSearchPutsNameMatchesFirst() {
        assertThat(store.searchAnswers("Shipping", "en-us").stream().map(a -> a.name()).toList(),
                contains("International shipping", "Shipping times and costs", "Tracking your order"));
        assertThat(store.searchAnswers("contraseña", "ES-419").stream().map(a -> a.name()).toList(),
                contains("Cómo restablecer tu contraseña"));
        assertThat(store.searchAnswers("  ", "en-us"), hasSize(0));
        assertThat(store.searchAnswers("href", "en-us"), hasSize(0));
    }

    private static CustomerProfile withSwitchboardPhone(String id, Instant updated) {
        return new CustomerProfile(id, "Shared Line " + id, null, null, null,
                List.of(new Phone(SWITCHBOARD_PHONE, SWITCHBOARD_PHONE, null, null, false, null, "OFFICE")),
                null, null, Map.of(), "2023-01-01T00:00:00.000Z", GladlyJson.timestamp(updated));
    }

    private static Item item(String id, String timestamp, String sessionId) {
        return new Item(id, "cst-1", "cv-1", sessionId, timestamp, CUSTOMER, null,
                ChatMessage.text(sessionId, "hello"));
    }
}
