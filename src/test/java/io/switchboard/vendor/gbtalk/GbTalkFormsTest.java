package io.switchboard.vendor.gbtalk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.switchboard.domain.Attachment;
import io.switchboard.domain.CustomerType;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;

/** The form arguments of GB Talk's write functions, as plain functions. */
class GbTalkFormsTest {

    @Test
    void namesSplitOnTheFirstSpace() {
        assertArrayEquals(new String[] { "Ada", "King Lovelace" }, GbTalkForms.splitName("Ada King Lovelace"));
        assertArrayEquals(new String[] { "Ada", "Lovelace" }, GbTalkForms.splitName("  Ada   Lovelace "));
        assertArrayEquals(new String[] { "Cher", "" }, GbTalkForms.splitName("Cher"));
        assertArrayEquals(new String[] { "", "" }, GbTalkForms.splitName(null));
    }

    @Test
    void attachmentsAreNameAndLinkPairsInJson() {
        assertEquals("[[\"a \\\"b\\\".pdf\",\"https://x.test/a.pdf\"],[\"c.png\",\"https://x.test/c.png?s=1&t=2\"]]",
                GbTalkForms.attachments(List.of(new Attachment("a \"b\".pdf", "https://x.test/a.pdf"),
                        new Attachment("c.png", "https://x.test/c.png?s=1&t=2"))));
        assertEquals("[]", GbTalkForms.attachments(List.of()));
    }

    @Test
    void aNewAgentSendsOnlyWhatIsGiven() {
        assertEquals(ordered("user_type", "agent", "first_name", "Grace", "last_name", "Hopper", "email",
                "g@x.test", "profile_image", "https://x.test/g.png", "password", "pw"),
                GbTalkForms.newAgent(new AgentDraft("Grace Hopper", "g@x.test", null, "pw", null,
                        "https://x.test/g.png", null, null, null)));
        assertEquals(ordered("user_type", "agent", "first_name", "Grace", "last_name", ""),
                GbTalkForms.newAgent(new AgentDraft("Grace", null, null, null, null, null, null, null, null)));
    }

    @Test
    void agentChangesSendOnlyTheChangedFields() {
        assertEquals(Map.of(), GbTalkForms.agentChanges(new AgentChanges(null, null, null, null, null)));
        assertEquals(Map.of("email", "new@x.test"),
                GbTalkForms.agentChanges(new AgentChanges(null, "new@x.test", null, null, null)));
        assertEquals(Map.of("first_name", "Grace", "last_name", "Hopper"),
                GbTalkForms.agentChanges(new AgentChanges("Grace Hopper", null, null, null, null)));
    }

    @Test
    void fieldsOfOtherVendorsAreFound() {
        assertTrue(GbTalkForms.foreignFields(new AgentDraft("A", null, null, "pw", null, null, null, null, null))
                .isEmpty(), "a password is a GB Talk field");
        assertEquals(List.of("input", "serviceUserId"), GbTalkForms.foreignFields(
                new AgentDraft("A", null, null, null, null, null, null, null, "s")).orElseThrow().inputPath());
    }

    @Test
    void aNewCustomerTakesItsTypeNamesEmailAndPhone() {
        assertEquals(ordered("user_type", "visitor", "first_name", "Ada", "last_name", "Lovelace", "email",
                "ada@x.test", "extra", "{\"phone\":[\"+15035550142\",\"Phone\"]}"),
                GbTalkForms.newCustomer(new CustomerDraft(null, "Ada", "Lovelace", List.of("ada@x.test"),
                        List.of("+15035550142"), CustomerType.VISITOR)));
        // a last name alone still sends an empty first name rather than GB Talk's "User"
        assertEquals(ordered("user_type", "user", "first_name", "", "last_name", "Lovelace"),
                GbTalkForms.newCustomer(new CustomerDraft(null, null, "Lovelace", null, null, null)));
        assertEquals(ordered("user_type", "lead"),
                GbTalkForms.newCustomer(new CustomerDraft(null, null, null, List.of(), List.of(), CustomerType.LEAD)));
    }

    @Test
    void customerChangesDeleteWithEmptyListsAndLeaveOutNulls() {
        assertEquals(Map.of(), GbTalkForms.customerChanges(new CustomerChanges(null, null, null, null, null)));
        assertEquals(ordered("email", "NULL", "settings_extra", "{\"phone\":[\"\",\"Phone\"]}"),
                GbTalkForms.customerChanges(new CustomerChanges(null, null, null, List.of(), List.of())));
        assertEquals(ordered("first_name", "Ada", "last_name", "Byron"),
                GbTalkForms.customerChanges(new CustomerChanges("Augusta Byron", "Ada", null, null, null)));
        assertEquals(ordered("last_name", "King"),
                GbTalkForms.customerChanges(new CustomerChanges(null, null, "King", null, null)));
    }

    @Test
    void moreThanOneEmailOrPhoneIsBadInput() {
        assertTrue(GbTalkForms.tooMany(List.of("a@x.test"), List.of("+15035550142")).isEmpty());
        assertEquals(List.of("input", "emails"),
                GbTalkForms.tooMany(List.of("a@x.test", "b@x.test"), null).orElseThrow().inputPath());
        assertEquals(List.of("input", "phones"),
                GbTalkForms.tooMany(null, List.of("+15035550142", "+15035550143")).orElseThrow().inputPath());
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
