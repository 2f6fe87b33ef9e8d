package io.switchboard.vendor.gladly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;
import io.switchboard.vendor.gladly.GladlyConversationItem.Communicator;
import io.switchboard.vendor.gladly.GladlyConversationItem.Content;

class GladlyWritesTest {

    @Test
    void aNewProfileJoinsFirstAndLastNameWhenNoNameIsGiven() {
        assertEquals("Noor Haddad", GladlyWrites.newProfile(draft(null, "Noor", "Haddad")).name());
        assertEquals("Haddad", GladlyWrites.newProfile(draft(null, null, "Haddad")).name());
        assertEquals("Noor", GladlyWrites.newProfile(draft(null, " Noor ", null)).name());
        assertEquals("N. Haddad", GladlyWrites.newProfile(draft("N. Haddad", "Noor", "Haddad")).name());
        assertNull(GladlyWrites.newProfile(draft(null, null, null)).name());
    }

    @Test
    void theFirstEmailAndPhoneArePrimaryAndPhonesAreMobile() {
        GladlyProfileWrite profile = GladlyWrites.newProfile(new CustomerDraft(null, null, null,
                List.of("a@example.com", "b@example.com"), List.of("+15035550101", "+15035550102"), null));

        assertEquals(List.of(new GladlyProfileWrite.Email("a@example.com", true),
                new GladlyProfileWrite.Email("b@example.com", null)), profile.emails());
        assertEquals(List.of(new GladlyProfileWrite.Phone("+15035550101", "MOBILE", true, null, null),
                new GladlyProfileWrite.Phone("+15035550102", "MOBILE", null, null, null)), profile.phones());
    }

    @Test
    void onlyHalfANameOrPhonesNeedTheCurrentProfile() {
        assertTrue(GladlyWrites.needsCurrentProfile(changes(null, "Noor", null, null)));
        assertTrue(GladlyWrites.needsCurrentProfile(changes(null, null, "Haddad", null)));
        assertTrue(GladlyWrites.needsCurrentProfile(changes(null, null, null, List.of())));
        assertFalse(GladlyWrites.needsCurrentProfile(changes(null, "Noor", "Haddad", null)));
        assertFalse(GladlyWrites.needsCurrentProfile(changes("Noor", "N", null, null)));
        assertFalse(GladlyWrites.needsCurrentProfile(changes(null, null, null, null)));
    }

    @Test
    void aNewLastNameKeepsTheCurrentFirstName() {
        GladlyCustomerProfile current = new GladlyCustomerProfile("c1", "Priya Raman", null, null, null, null, null,
                null, null);

        assertEquals("Priya Okafor", GladlyWrites.changes(changes(null, null, "Okafor", null), current).name());
        assertTrue(GladlyWrites.changes(changes(null, null, null, null), current).isEmpty());
    }

    @Test
    void theReplyTargetIsTheLastReplyableCustomerItem() {
        GladlyConversationItem sms = item("i1", "CUSTOMER", "SMS");
        GladlyConversationItem chat = item("i2", "CUSTOMER", "CHAT_MESSAGE");
        GladlyConversationItem agent = item("i3", "AGENT", "CHAT_MESSAGE");
        GladlyConversationItem call = item("i4", "CUSTOMER", "PHONE_CALL");
        GladlyConversationItem note = item("i5", "AGENT", "CONVERSATION_NOTE");

        assertEquals("i2", GladlyWrites.replyTarget(List.of(sms, chat, agent, call, note)).orElseThrow().id());
        assertTrue(GladlyWrites.replyTarget(List.of(agent, call, note)).isEmpty());
        assertTrue(GladlyWrites.replyTarget(List.of()).isEmpty());
    }

    @Test
    void emailRepliesAreEscapedHtmlWithThePlainTextBeside() {
        GladlyReplyWrite email = GladlyWrites.reply("EMAIL", "a < b & \"c\"\r\nd's");
        assertEquals("a &lt; b &amp; &quot;c&quot;<br>d&#39;s", email.content().body());
        assertEquals("a < b & \"c\"\r\nd's", email.content().bodyPlain());

        GladlyReplyWrite chat = GladlyWrites.reply("CHAT_MESSAGE", "a < b");
        assertEquals("a < b", chat.content().body());
        assertNull(chat.content().bodyPlain());
    }

    @Test
    void theIdIsTheLastSegmentOfTheLocation() {
        assertEquals("cst-1", GladlyWrites.idFromLocation("/api/v1/customer-profiles/cst-1"));
        assertEquals("cst-1", GladlyWrites.idFromLocation("https://acme.gladly.com/api/v1/customer-profiles/cst-1/"));
        assertEquals("n 1", GladlyWrites.idFromLocation("/api/v1/conversations/c/notes/n%201"));
        assertNull(GladlyWrites.idFromLocation(null));
        assertNull(GladlyWrites.idFromLocation(" "));
        assertNull(GladlyWrites.idFromLocation("/"));
        assertNull(GladlyWrites.idFromLocation("bad uri with spaces ^"));
    }

    private static CustomerDraft draft(String name, String first, String last) {
        return new CustomerDraft(name, first, last, null, null, null);
    }

    private static CustomerChanges changes(String name, String first, String last, List<String> phones) {
        return new CustomerChanges(name, first, last, null, phones);
    }

    private static GladlyConversationItem item(String id, String initiator, String type) {
        return new GladlyConversationItem(id, "c1", "cv1", "2024-03-12T08:20:11.204Z",
                new Communicator("x", initiator), null, new Content(type, "text", null, null, null, null, null));
    }
}
