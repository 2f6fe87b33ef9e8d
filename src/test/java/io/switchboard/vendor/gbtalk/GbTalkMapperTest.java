package io.switchboard.vendor.gbtalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import io.switchboard.domain.ArticleRating;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.Attribute;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;

class GbTalkMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({ "0, OPEN", "1, WAITING_ON_CUSTOMER", "2, WAITING_ON_AGENT", "3, CLOSED", "4, TRASHED",
            "' 3 ', CLOSED", "-1, OPEN", "9, OPEN", "live, OPEN" })
    void statusCodesMapToStatuses(String code, ConversationStatus status) {
        assertEquals(status, GbTalkMapper.status(code));
    }

    @Test
    void aMissingStatusCodeIsOpen() {
        assertEquals(ConversationStatus.OPEN, GbTalkMapper.status(null));
    }

    @ParameterizedTest
    @EnumSource(ConversationStatus.class)
    void everyStatusHasTheCodeThatMapsBackToIt(ConversationStatus status) {
        assertEquals(status, GbTalkMapper.status(GbTalkMapper.statusCode(status)));
    }

    @ParameterizedTest
    @CsvSource({ "em, EMAIL", "tk, TICKET", "wa, WHATSAPP", "fb, FACEBOOK", "ig, INSTAGRAM", "tw, TWITTER",
            "wc, WECHAT", "tx, SMS", "tg, TELEGRAM", "vb, VIBER", "ln, LINE", "WA, WHATSAPP", "gb, OTHER",
            "carrier-pigeon, OTHER" })
    void sourcesMapToChannels(String source, Channel channel) {
        assertEquals(channel, GbTalkMapper.channel(source));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void noSourceIsTheChatWidget(String source) {
        assertEquals(Channel.CHAT, GbTalkMapper.channel(source));
    }

    @ParameterizedTest
    @CsvSource({ "agent, AGENT", "admin, AGENT", "bot, BOT", "visitor, CUSTOMER", "lead, CUSTOMER",
            "user, CUSTOMER", "Admin, AGENT", "robot, SYSTEM", "'', SYSTEM" })
    void userTypesMapToAuthorRoles(String userType, AuthorRole role) {
        assertEquals(role, GbTalkMapper.role(userType));
    }

    @Test
    void attachmentsAreReadFromTheJsonStringOfNameAndLinkPairs() {
        assertEquals(List.of(new Attachment("a.pdf", "https://x.test/a.pdf"), new Attachment("b b.png",
                "https://x.test/b%20b.png")), GbTalkMapper.attachments(TextNode.valueOf(
                        "[[\"a.pdf\",\"https://x.test/a.pdf\"],[\"b b.png\",\"https://x.test/b%20b.png\"]]")));
    }

    @Test
    void attachmentsGivenAsLinksAloneAreNamedAfterTheFile() {
        assertEquals(List.of(new Attachment("report.csv", "https://x.test/up/report.csv?v=2"),
                new Attachment("c.txt", "https://x.test/c.txt")), GbTalkMapper.attachments(TextNode.valueOf(
                        "[\"https://x.test/up/report.csv?v=2\", [\"https://x.test/c.txt\"]]")));
    }

    @Test
    void attachmentsSentAsAnArrayRatherThanAStringAreReadToo() throws Exception {
        assertEquals(List.of(new Attachment("a.pdf", "https://x.test/a.pdf")),
                GbTalkMapper.attachments(JSON.readTree("[[\"a.pdf\",\"https://x.test/a.pdf\"]]")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "[]", "[[", "null", "false", "{\"a\": 1}", "[42, {}]" })
    void attachmentsThatAreEmptyOrUnreadableAreNone(String value) {
        assertEquals(List.of(), GbTalkMapper.attachments(TextNode.valueOf(value)));
    }

    @Test
    void missingAttachmentsAreNone() {
        assertEquals(List.of(), GbTalkMapper.attachments(null));
    }

    @ParameterizedTest
    @CsvSource({
            "2020-05-13 08:58:18, 2020-05-13T08:58:18Z",
            "2020-05-0410:06:30, 2020-05-04T10:06:30Z",
            "2020-05-04T10:06:30, 2020-05-04T10:06:30Z",
            "2020-05-04 10:06:30.250, 2020-05-04T10:06:30Z",
            "2020-05-04 10:06, 2020-05-04T10:06:00Z",
            "2020-05-04, 2020-05-04T00:00:00Z",
            "' 2020-05-13 08:58:18 ', 2020-05-13T08:58:18Z",
            "2020-05-04T10:06:30+02:00, 2020-05-04T08:06:30Z" })
    void timesAreUtcAndParsedLeniently(String value, Instant expected) {
        assertEquals(expected, GbTalkMapper.time(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "0000-00-00 00:00:00", "2020-13-40 10:00:00", "yesterday", "1589360298" })
    void timesThatDoNotParseAreNull(String value) {
        assertNull(GbTalkMapper.time(value));
    }

    @Test
    void namesJoinFirstAndLastAndLeaveNoBlanks() {
        assertEquals("Don John", GbTalkMapper.name(" Don ", "John"));
        assertEquals("Don", GbTalkMapper.name("Don", null));
        assertEquals("#29938", GbTalkMapper.name("", "#29938"));
        assertNull(GbTalkMapper.name(" ", null));
    }

    @Test
    void customersCarryPhonesAndDetailsAndAgentsAreNoCustomers() throws Exception {
        GbTalkUser lead = JSON.readValue("""
                {"id": "802", "first_name": "Don", "last_name": "John", "email": " ", "user_type": "lead",
                 "token": "secret", "details": [{"slug": "phone", "name": "Phone", "value": "+44 1"},
                 {"slug": "phone", "name": "Phone", "value": ""}, {"slug": "", "name": "Nameless", "value": "x"}]}
                """, GbTalkUser.class);
        Customer customer = GbTalkMapper.customer(lead).orElseThrow();
        assertEquals(CustomerType.LEAD, customer.type());
        assertEquals(List.of(), customer.emails());
        assertEquals(List.of("+44 1"), customer.phones());
        assertEquals(2, customer.attributes().size());

        GbTalkUser agent = JSON.readValue("{\"id\": \"12\", \"user_type\": \"agent\"}", GbTalkUser.class);
        assertTrue(GbTalkMapper.customer(agent).isEmpty());
        assertTrue(GbTalkMapper.isAgent(agent));
    }

    @Test
    void detailsFlattenedOntoTheRowAreAttributesToo() throws Exception {
        GbTalkUser user = JSON.readValue("""
                {"id": "880", "first_name": "Mia", "user_type": "user", "department": null, "token": "secret",
                 "password": "hash", "phone": "+46 70 123", "location": "Uppsala, Sweden", "tags": ["a"]}
                """, GbTalkUser.class);

        Customer customer = GbTalkMapper.customer(user).orElseThrow();

        assertEquals(List.of(new Attribute("phone", null, "+46 70 123"),
                new Attribute("location", null, "Uppsala, Sweden")), customer.attributes());
        assertEquals(List.of("+46 70 123"), customer.phones());
    }

    @Test
    void aListRowNamesItsCustomerOnlyWhereItCanTell() {
        GbTalkMessage byAgent = row("12", "agent", "lead", null);
        assertNull(GbTalkMapper.conversation(byAgent, null).customerRemoteId());
        assertEquals("802", GbTalkMapper.conversation(byAgent, "802").customerRemoteId());
        assertEquals("640", GbTalkMapper.conversation(row("12", "agent", "lead", "640"), null).customerRemoteId());
        assertEquals("805", GbTalkMapper.conversation(row("805", "visitor", "visitor", null), null)
                .customerRemoteId());
        assertNull(GbTalkMapper.conversation(row("3", "bot", "lead", null), null).customerRemoteId());
    }

    @Test
    void aListRowsAuthorRoleComesFromMessageUserTypeWhereThereIsOne() {
        Conversation conversation = GbTalkMapper.conversation(row("12", "admin", "lead", null), null);
        assertEquals(AuthorRole.AGENT, conversation.lastMessage().authorRole());
        GbTalkMessage userConversationRow = new GbTalkMessage("1", "12", "Hi", "2020-05-12 17:30:35", null, "995",
                "agent", null, "3", null, null, null);
        assertEquals(AuthorRole.AGENT, GbTalkMapper.conversation(userConversationRow, "802").lastMessage()
                .authorRole());
    }

    @Test
    void theAssigneeIsTheLastAgentListed() {
        Map<String, String> assignees = GbTalkMapper.lastAgents(Map.of(
                "764", List.of(new GbTalkAgentInConversation("12", "764"), new GbTalkAgentInConversation("15", "764")),
                "763", List.of(new GbTalkAgentInConversation("12", "763"), new GbTalkAgentInConversation(null, "763")),
                "760", List.of()));
        assertEquals(Map.of("764", "15", "763", "12"), assignees);
    }

    @Test
    void ratingsCountHelpfulAndUnhelpfulVotes() throws Exception {
        JsonNode votes = JSON.readTree("[-1, 1, \"1\", 0, \"x\", null, 1]");
        assertEquals(new ArticleRating(3, 2), GbTalkMapper.rating(votes));
        assertEquals(new ArticleRating(0, 0), GbTalkMapper.rating(JSON.createArrayNode()));
    }

    @Test
    void plainTextDropsMarkupAndKeepsLineBreaks() {
        assertEquals("Hello & welcome <friend>\nSecond line\nItem",
                GbTalkMapper.plainText("<p>Hello &amp; welcome &lt;friend&gt;</p><div>Second   line</div><ul>"
                        + "<li>Item</li></ul>"));
        assertEquals("No markup", GbTalkMapper.plainText("No markup"));
        assertNull(GbTalkMapper.plainText(null));
    }

    private static GbTalkMessage row(String authorId, String authorType, String conversationUserType,
            String conversationUserId) {
        return new GbTalkMessage("1431", authorId, "Hi", "2020-04-24 10:53:35", TextNode.valueOf(""), "764",
                conversationUserType, authorType, "2", conversationUserId, null, null);
    }
}
