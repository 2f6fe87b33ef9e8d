package io.switchboard.vendor.gladly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.switchboard.domain.Attachment;
import io.switchboard.domain.Attribute;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.vendor.gladly.GladlyConversationItem.Communicator;
import io.switchboard.vendor.gladly.GladlyConversationItem.Content;
import io.switchboard.vendor.gladly.GladlyConversationItem.ItemAttachment;

class GladlyMapperTest {

    private static final String BASE = "https://acme.gladly.com/api/v1";

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "OPEN, OPEN",
            "WAITING, WAITING_ON_CUSTOMER",
            "CLOSED, CLOSED",
            "closed, CLOSED",
            "SNOOZED, OPEN",
            "null, OPEN" })
    void conversationStatuses(String gladly, ConversationStatus expected) {
        assertEquals(expected, GladlyMapper.status(gladly));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "CHAT_MESSAGE, CHAT",
            "EMAIL, EMAIL",
            "SMS, SMS",
            "FACEBOOK_MESSAGE, FACEBOOK",
            "INSTAGRAM_DIRECT, INSTAGRAM",
            "WHATSAPP, WHATSAPP",
            "TWITTER, TWITTER",
            "PHONE_CALL, PHONE",
            "VOICEMAIL, PHONE",
            "VOICE_AI_MESSAGE, PHONE",
            "CONVERSATION_NOTE, null",
            "CONVERSATION_STATUS_CHANGE, null",
            "TOPIC_CHANGE, null",
            "CUSTOMER_ACTIVITY, null",
            "TASK, null",
            "SOMETHING_NEW, null",
            "null, null" })
    void channelsOfItemTypes(String type, Channel expected) {
        assertEquals(expected, GladlyMapper.channel(type));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "CUSTOMER, CUSTOMER",
            "AGENT, AGENT",
            "AUTOMATION, BOT",
            "API, BOT",
            "SYSTEM, SYSTEM",
            "INTERNAL, SYSTEM",
            "EXTERNAL, SYSTEM",
            "ROBOT_OVERLORD, SYSTEM",
            "null, SYSTEM" })
    void authorRolesOfInitiators(String type, AuthorRole expected) {
        assertEquals(expected, GladlyMapper.authorRole(new Communicator("x", type)));
    }

    @Test
    void noInitiatorIsSystem() {
        assertEquals(AuthorRole.SYSTEM, GladlyMapper.authorRole(null));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-03-12T08:20:11Z,              2024-03-12T08:20:11Z",
            "2024-03-12T08:20:11.2Z,            2024-03-12T08:20:11.200Z",
            "2024-03-12T08:20:11.07Z,           2024-03-12T08:20:11.070Z",
            "2024-03-12T08:20:11.000Z,          2024-03-12T08:20:11Z",
            "2024-03-12T08:20:11.123456Z,       2024-03-12T08:20:11.123456Z",
            "2024-03-12T08:20:18.07272933Z,     2024-03-12T08:20:18.072729330Z",
            "2024-03-12T08:20:18.072729331Z,    2024-03-12T08:20:18.072729331Z",
            "2024-03-12T10:20:11.5+02:00,       2024-03-12T08:20:11.500Z",
            "2024-03-12t08:20:11z,              2024-03-12T08:20:11Z",
            "2024-03-12 08:20:11Z,              2024-03-12T08:20:11Z" })
    void timestampsOfAnyPrecision(String gladly, String expected) {
        assertEquals(Instant.parse(expected), GladlyMapper.parseTime(gladly));
    }

    @Test
    void missingOrUnreadableTimestampsAreNull() {
        assertNull(GladlyMapper.parseTime(null));
        assertNull(GladlyMapper.parseTime(" "));
        assertNull(GladlyMapper.parseTime("yesterday"));
        assertNull(GladlyMapper.parseTime("2024-13-45T99:00:00Z"));
    }

    @Test
    void htmlBecomesPlainText() {
        assertEquals("Click here to reset your password",
                GladlyMapper.htmlToText(
                        "<div><a href=\"/reset-password\">Click here</a> to reset your password</div>"));
        assertEquals("First paragraph.\n\nSecond one.",
                GladlyMapper.htmlToText("<p>First   paragraph.</p>\n<p>Second one.</p>"));
        assertEquals("Line one\nLine two", GladlyMapper.htmlToText("Line one<br>Line two"));
        assertEquals("Line one\nLine two", GladlyMapper.htmlToText("Line one<BR />Line two"));
        assertEquals("One\n\nTwo", GladlyMapper.htmlToText("One<br><br>Two"));
        assertEquals("Source line breaks are spaces", GladlyMapper.htmlToText("Source line\nbreaks   are\r\n spaces"));
        assertEquals("Row one\nRow two", GladlyMapper.htmlToText("<div>Row one</div><div>Row two</div>"));
        assertEquals("Steps:\n\nOpen\nClick\n\nDone.",
                GladlyMapper.htmlToText("<p>Steps:</p><ul>\n <li>Open</li>\n <li>Click</li>\n</ul><p>Done.</p>"));
        assertEquals("Title\n\nBody", GladlyMapper.htmlToText("<h2>Title</h2>Body"));
        assertEquals("Visible",
                GladlyMapper.htmlToText("<style>p{color:red}</style><!-- hidden --><script>x()</script>Visible"));
        assertEquals("", GladlyMapper.htmlToText(""));
        assertNull(GladlyMapper.htmlToText(null));
    }

    @Test
    void entitiesAreDecodedOnce() {
        assertEquals("Tom & Jerry < \"cats\" > 'mice'",
                GladlyMapper.htmlToText("Tom &amp; Jerry &lt; &quot;cats&quot; &gt; &apos;mice&apos;"));
        assertEquals("&lt;b&gt; is markup", GladlyMapper.htmlToText("&amp;lt;b&amp;gt; is markup"));
        assertEquals("30 days \u2014 \u20AC5 \u00E9\u00E9",
                GladlyMapper.htmlToText("30&nbsp;days &mdash; &euro;5 &#233;&#xE9;"));
        assertEquals("a &unknown; b &#0; c &#1; d", GladlyMapper.htmlToText("a &unknown; b &#0; c &#1; d"));
        assertEquals("one two", GladlyMapper.htmlToText("one&#10;two"));
        assertEquals("<b>not a tag</b>", GladlyMapper.htmlToText("&lt;b&gt;not a tag&lt;/b&gt;"));
    }

    @Test
    void namesSplitAtTheFirstSpace() {
        assertArrayEquals(new String[] { "Priya", "Raman" }, GladlyMapper.splitName("Priya Raman"));
        assertArrayEquals(new String[] { "Mary", "Ann de Vries" }, GladlyMapper.splitName(" Mary Ann de Vries "));
        assertArrayEquals(new String[] { "Cher", null }, GladlyMapper.splitName("Cher"));
        assertArrayEquals(new String[] { null, null }, GladlyMapper.splitName(null));
        assertArrayEquals(new String[] { null, null }, GladlyMapper.splitName("  "));
    }

    @Test
    void customerToleratesMissingParts() {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("visits", JsonNodeFactory.instance.numberNode(12));
        attributes.put("vip", JsonNodeFactory.instance.booleanNode(true));
        attributes.put("unset", JsonNodeFactory.instance.nullNode());
        GladlyCustomerProfile profile = new GladlyCustomerProfile("c1", null, null, null,
                List.of(new GladlyCustomerProfile.Email(null, "only@normalized.example", null)),
                List.of(new GladlyCustomerProfile.Phone("+15035550101", null, null, null, null, null)),
                attributes, "not a time", null);

        Customer customer = GladlyMapper.toCustomer(profile);

        assertNull(customer.name());
        assertNull(customer.firstName());
        assertEquals(List.of("only@normalized.example"), customer.emails());
        assertEquals(List.of("+15035550101"), customer.phones());
        assertEquals(List.of(new Attribute("visits", "visits", "12"), new Attribute("vip", "vip", "true"),
                new Attribute("unset", "unset", null)), customer.attributes());
        assertNull(customer.createdAt());
    }

    @Test
    void itemsThatAreNoMessagesMapToNull() {
        assertNull(GladlyMapper.toMessage(item("CONVERSATION_NOTE", null, "a note", "AGENT"), "cv", BASE));
        assertNull(GladlyMapper.toMessage(item("TOPIC_CHANGE", null, null, "AGENT"), "cv", BASE));
        assertNull(GladlyMapper.toMessage(new GladlyConversationItem("i", "c", "cv", null, null, null, null), "cv",
                BASE));
        assertNull(GladlyMapper.toNote(item("SMS", "hi", null, "CUSTOMER"), "cv"));
    }

    @Test
    void messageTextComesFromContentOrBody() {
        assertEquals("hello", GladlyMapper.toMessage(item("WHATSAPP", "hello", null, "CUSTOMER"), "cv", BASE).body());
        assertEquals("spoken", GladlyMapper.toMessage(item("VOICE_AI_MESSAGE", null, "spoken", "SYSTEM"), "cv", BASE)
                .body());
        assertNull(GladlyMapper.toMessage(item("VOICEMAIL", null, null, "CUSTOMER"), "cv", BASE).body());
    }

    @Test
    void customerAndAgentAuthorsAreNamedOthersAreNot() {
        assertEquals("who", GladlyMapper.toMessage(item("SMS", "x", null, "CUSTOMER"), "cv", BASE).authorRemoteId());
        assertEquals("who", GladlyMapper.toMessage(item("SMS", "x", null, "AGENT"), "cv", BASE).authorRemoteId());
        assertNull(GladlyMapper.toMessage(item("SMS", "x", null, "API"), "cv", BASE).authorRemoteId());
        assertNull(GladlyMapper.toNote(item("CONVERSATION_NOTE", null, "n", "CUSTOMER"), "cv").authorRemoteId());
        Note note = GladlyMapper.toNote(item("CONVERSATION_NOTE", null, "n", "AGENT"), "cv");
        assertEquals("who", note.authorRemoteId());
        assertEquals("n", note.body());
    }

    @Test
    void attachmentUrlsAreAbsoluteAndEscaped() {
        Content content = new Content("EMAIL", "see attached", null, "Receipt",
                List.of(new ItemAttachment("a b/1", "image/png", "receipt.png", 1200L)), null, null);
        Message message = GladlyMapper.toMessage(new GladlyConversationItem("item 1", "c", "cv",
                "2024-03-12T08:20:11Z", new Communicator("c", "CUSTOMER"), null, content), "cv", BASE + "/");

        assertEquals(List.of(new Attachment("receipt.png",
                BASE + "/conversation-items/item%201/attachments/a%20b%2F1")), message.attachments());
    }

    @Test
    void rootRelativeUrlsResolveAgainstTheBase() {
        assertEquals("https://acme.gladly.com/api/v1/conversation-items/x/media/recording",
                GladlyMapper.resolve(BASE, "/api/v1/conversation-items/x/media/recording"));
        assertEquals("https://cdn.example.com/r.mp3", GladlyMapper.resolve(BASE, "https://cdn.example.com/r.mp3"));
        assertEquals("/api/v1/x", GladlyMapper.resolve(null, "/api/v1/x"));
    }

    @Test
    void answerWithoutNameIsTitledByItsId() {
        assertEquals("An1", GladlyMapper.toAnswer(new GladlyAnswer("An1", null, null, null, null)).title());
    }

    private static GladlyConversationItem item(String type, String text, String body, String initiatorType) {
        Content content = new Content(type, text, body, null, null, null, null);
        return new GladlyConversationItem("item", "c", "cv", "2024-03-12T08:20:11Z",
                new Communicator("who", initiatorType), null, content);
    }
}
