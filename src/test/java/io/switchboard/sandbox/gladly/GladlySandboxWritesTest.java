package io.switchboard.sandbox.gladly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.sandbox.gladly.GladlyJson.Item;
import io.switchboard.testing.VendorStubs;

/**
 * The sandbox's write calls over HTTP: status codes, headers and error bodies as Gladly documents them, and the
 * change showing in the reads that follow. The store is planted afresh after each test, so no other test sees
 * these writes.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlySandboxWritesTest extends GladlySandboxTestSupport {

    private static final String PRIYA = GladlySeed.MERGED_INTO_CUSTOMER_ID;
    private static final String PRIYA_EMAIL = "priya.raman@example.com";
    private static final String PRIYA_MOBILE = "+15035550101";

    @AfterEach
    void forgetTheWrites() {
        store.reset();
    }

    // ---------------------------------------------------------------- customer profiles

    @Test
    void createsAProfileAnswering201WithALocationAndNoBody() {
        Response created = asApiUser().contentType(ContentType.JSON)
                .body("""
                        {"name":"Noor Haddad","address":"4 Pine St, Portland, OR 97205",
                         "emails":[{"original":"Noor Haddad <Noor.Haddad@Example.org>","primary":true}],
                         "phones":[{"original":"(503) 555-0177","regionCode":"US","type":"MOBILE","primary":true},
                                   {"original":"+442079460018","type":"HOME"}],
                         "customAttributes":{"loyaltyTier":"gold"}}""")
                .when().post(API + "/customer-profiles");

        created.then().statusCode(201).body(emptyString());
        String location = created.header("Location");
        assertThat(location, matchesPattern(API.replace("/", "\\/") + "/customer-profiles/[A-Za-z0-9_-]{22}"));
        String id = location.substring(location.lastIndexOf('/') + 1);

        asApiUser().when().get(API + "/customer-profiles/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("Noor Haddad"))
                .body("emails[0].original", equalTo("Noor.Haddad@Example.org"))
                .body("emails[0].normalized", equalTo("noor.haddad@example.org"))
                .body("emails[0].primary", equalTo(true))
                .body("phones[0].normalized", equalTo("+15035550177"))
                .body("phones[1].normalized", equalTo("+442079460018"))
                .body("phones[1].type", equalTo("HOME"))
                .body("customAttributes.loyaltyTier", equalTo("gold"))
                .body("createdAt", matchesPattern(RFC_3339_MILLIS));
        asApiUser().queryParam("email", "noor.haddad@example.org")
                .when().get(API + "/customer-profiles")
                .then().statusCode(200).body("id", equalTo(List.of(id)));
    }

    @Test
    void aGivenIdIsKeptAndCannotBeTakenTwice() {
        asApiUser().contentType(ContentType.JSON).body("{\"id\":\"cst-20260105-0101\",\"name\":\"Noor\"}")
                .when().post(API + "/customer-profiles")
                .then().statusCode(201).header("Location", API + "/customer-profiles/cst-20260105-0101");

        asApiUser().contentType(ContentType.JSON).body("{\"id\":\"cst-20260105-0101\",\"name\":\"Other\"}")
                .when().post(API + "/customer-profiles")
                .then()
                .statusCode(409)
                .body("errors[0].attr", equalTo("id"))
                .body("errors[0].code", equalTo("taken"))
                .body("errors[0].meta.id", equalTo("cst-20260105-0101"));
        asApiUser().contentType(ContentType.JSON).body("{\"id\":\"not/url safe\"}")
                .when().post(API + "/customer-profiles")
                .then().statusCode(400).body("errors[0].attr", equalTo("id")).body("errors[0].code", equalTo("invalid"));
    }

    @Test
    void aTakenEmailOrMobileIsAConflictButASharedOfficeLineIsNot() {
        int before = store.customers().size();
        asApiUser().contentType(ContentType.JSON)
                .body("{\"emails\":[{\"original\":\"PRIYA.RAMAN@example.com\"}]}")
                .when().post(API + "/customer-profiles")
                .then()
                .statusCode(409)
                .body("errors[0].attr", equalTo("emails"))
                .body("errors[0].code", equalTo("taken"));
        asApiUser().contentType(ContentType.JSON)
                .body("{\"phones\":[{\"original\":\"" + PRIYA_MOBILE + "\",\"type\":\"MOBILE\"}]}")
                .when().post(API + "/customer-profiles")
                .then()
                .statusCode(409)
                .body("errors[0].attr", equalTo("phones"))
                .body("errors[0].code", equalTo("taken"));
        assertEquals(before, store.customers().size());

        asApiUser().contentType(ContentType.JSON)
                .body("{\"phones\":[{\"original\":\"" + GladlySeed.SHARED_OFFICE_PHONE + "\",\"type\":\"OFFICE\"}]}")
                .when().post(API + "/customer-profiles")
                .then().statusCode(201);
    }

    @Test
    void invalidProfilesAreRefusedWithGladlysErrors() {
        assertRefused("/customer-profiles", "{\"emails\":[{\"original\":\" \"}]}", 400, "emails[0].original", "blank");
        assertRefused("/customer-profiles", "{\"emails\":[{\"original\":\"not-an-email\"}]}", 400,
                "emails[0].original", "invalid");
        assertRefused("/customer-profiles", "{\"phones\":[{\"original\":\"12\"}]}", 400, "phones[0].original",
                "invalid");
        assertRefused("/customer-profiles", "{\"phones\":[{\"original\":\"+15035550177\",\"type\":\"CELL\"}]}",
                400, "phones[0].type", "invalid");
        assertRefused("/customer-profiles", "not json", 400, null, "invalid");
    }

    @Test
    void patchReplacesWhatIsGivenAndKeepsTheRest() {
        String updatedBefore = store.customer(PRIYA).orElseThrow().updatedAt();

        asApiUser().contentType(ContentType.JSON)
                .body("{\"name\":\"Priya R. Raman\",\"emails\":[{\"original\":\"priya@work.example\",\"primary\":true}]}")
                .when().patch(API + "/customer-profiles/{id}", PRIYA)
                .then().statusCode(204).body(emptyString());

        JsonPath profile = asApiUser().when().get(API + "/customer-profiles/{id}", PRIYA)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Priya R. Raman", profile.getString("name"));
        assertEquals(List.of("priya@work.example"), profile.getList("emails.normalized"));
        assertEquals(List.of(PRIYA_MOBILE), profile.getList("phones.normalized"));
        assertEquals("bronze", profile.getString("customAttributes.loyaltyTier"));
        assertNotEquals(updatedBefore, profile.getString("updatedAt"));
        // her old address is free now
        asApiUser().queryParam("email", PRIYA_EMAIL).when().get(API + "/customer-profiles")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void patchRefusesAnotherProfilesMobileButNotTheProfilesOwn() {
        String other = store.customers().stream().filter(c -> !c.id().equals(PRIYA)).findFirst().orElseThrow().id();
        asApiUser().contentType(ContentType.JSON)
                .body("{\"phones\":[{\"original\":\"" + PRIYA_MOBILE + "\",\"type\":\"MOBILE\"}]}")
                .when().patch(API + "/customer-profiles/{id}", other)
                .then().statusCode(409).body("errors[0].code", equalTo("taken"));
        asApiUser().contentType(ContentType.JSON)
                .body("{\"phones\":[{\"original\":\"" + PRIYA_MOBILE + "\",\"type\":\"MOBILE\"}]}")
                .when().patch(API + "/customer-profiles/{id}", PRIYA)
                .then().statusCode(204);
    }

    @Test
    void patchingAnUnknownOrMergedProfileIsNotFound() {
        asApiUser().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().patch(API + "/customer-profiles/{id}", "cst-unknown")
                .then().statusCode(404).body("errors[0].code", equalTo("not_exist"));
        asApiUser().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .redirects().follow(false)
                .when().patch(API + "/customer-profiles/{id}", GladlySeed.MERGED_CUSTOMER_ID)
                .then()
                .statusCode(404)
                .body("errors[0].code", equalTo("moved"))
                .body("errors[0].meta.old", equalTo(GladlySeed.MERGED_CUSTOMER_ID))
                .body("errors[0].meta.new", equalTo(PRIYA));
    }

    // ---------------------------------------------------------------- conversation status and assignee

    @Test
    void closingWhileTheCustomerWaitsNeedsForce() {
        Conversation open = openConversationAwaitingAnswer(true);
        String path = "/conversations/" + open.id();

        assertRefused(path, "{\"status\":{\"value\":\"CLOSED\"}}", 400, "status", "invalid_state");
        patchConversation(open.id(), "{\"status\":{\"value\":\"CLOSED\",\"force\":true}}");

        asApiUser().when().get(API + path)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", matchesPattern(RFC_3339_MILLIS));
        List<Map<String, Object>> items = asApiUser().when().get(API + path + "/items")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> last = items.get(items.size() - 1);
        assertEquals(Map.of("type", "CONVERSATION_STATUS_CHANGE", "status", "CLOSED"), last.get("content"));

        patchConversation(open.id(), "{\"status\":{\"value\":\"OPEN\"}}");
        Map<String, Object> reopened = asApiUser().when().get(API + path).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().jsonPath().getMap("$");
        assertThat(reopened, not(hasKey("closedAt")));
    }

    @Test
    void waitingCannotBeSet() {
        Conversation open = openConversationAwaitingAnswer(true);
        assertRefused("/conversations/" + open.id(), "{\"status\":{\"value\":\"WAITING\"}}", 400, "status.value",
                "invalid");
        assertRefused("/conversations/" + open.id(), "{\"status\":{}}", 400, "status.value", "blank");
        assertRefused("/conversations/" + open.id(), "{}", 400, null, "blank");
        assertEquals("OPEN", store.conversation(open.id()).orElseThrow().status());
    }

    @Test
    void assigningNeedsTheInboxAndAKnownAgent() {
        Conversation open = openConversationAwaitingAnswer(true);
        String agent = store.agents().stream().map(GladlyJson.Agent::id)
                .filter(id -> !id.equals(open.agentId())).findFirst().orElseThrow();
        String path = "/conversations/" + open.id();

        assertRefused(path, "{\"assignee\":{\"agentId\":\"" + agent + "\"}}", 400, "assignee.inboxId", "blank");
        assertRefused(path, "{\"assignee\":{\"inboxId\":\"" + open.inboxId() + "\",\"agentId\":\"nobody\"}}", 400,
                "assignee.agentId", "invalid");
        assertRefused(path, "{\"assignee\":{\"inboxId\":\"no-inbox\"}}", 400, "assignee.inboxId", "invalid");

        patchConversation(open.id(), "{\"assignee\":{\"inboxId\":\"" + open.inboxId() + "\",\"agentId\":\"" + agent
                + "\"}}");
        asApiUser().when().get(API + path).then().statusCode(200).body("agentId", equalTo(agent));

        patchConversation(open.id(), "{\"assignee\":{\"inboxId\":\"" + open.inboxId() + "\"}}");
        Map<String, Object> unassigned = asApiUser().when().get(API + path).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(unassigned, not(hasKey("agentId")));
    }

    @Test
    void aClosedConversationCannotBeReassigned() {
        Conversation closed = store.conversations().stream().filter(c -> "CLOSED".equals(c.status())).findFirst()
                .orElseThrow();
        assertRefused("/conversations/" + closed.id(), "{\"assignee\":{\"inboxId\":\"" + closed.inboxId() + "\"}}",
                400, "assignee", "invalid_state");
        assertRefused("/conversations/nope", "{\"status\":{\"value\":\"OPEN\"}}", 404, "conversationId",
                "not_exist");
    }

    // ---------------------------------------------------------------- notes

    @Test
    void addsANoteAsTheApiUser() {
        Conversation conversation = openConversationAwaitingAnswer(true);

        Response created = asApiUser().contentType(ContentType.JSON)
                .body("{\"content\":{\"body\":\"Customer asked for a callback after 5pm.\"}}")
                .when().post(API + "/conversations/{id}/notes", conversation.id());
        created.then().statusCode(201).body(emptyString());
        String location = created.header("Location");
        assertThat(location, matchesPattern(API.replace("/", "\\/") + "/conversations/" + conversation.id()
                + "/notes/[A-Za-z0-9_-]{22}"));

        JsonPath note = asApiUser().when().get(location).then().statusCode(200).extract().jsonPath();
        assertEquals("CONVERSATION_NOTE", note.getString("content.type"));
        assertEquals("Customer asked for a callback after 5pm.", note.getString("content.body"));
        assertEquals("AGENT", note.getString("initiator.type"));
        // the API user is an agent of the organization
        asApiUser().when().get(API + "/agents/{id}", note.getString("initiator.id"))
                .then().statusCode(200).body("emailAddress", equalTo(VendorStubs.GLADLY_USER));

        // the schema's top-level body is taken too
        asApiUser().contentType(ContentType.JSON).body("{\"body\":\"Second note\"}")
                .when().post(API + "/conversations/{id}/notes", conversation.id())
                .then().statusCode(201);
        assertRefused("/conversations/" + conversation.id() + "/notes", "{\"content\":{\"body\":\"\"}}", 400,
                "content.body", "blank");
        assertRefused("/conversations/nope/notes", "{\"content\":{\"body\":\"x\"}}", 404, "conversationId",
                "not_exist");
    }

    // ---------------------------------------------------------------- replies

    @Test
    void repliesToACustomerMessageInItsChannel() {
        Conversation conversation = openConversationAwaitingAnswer(true);
        Item customerMessage = lastCustomerMessage(conversation.id());
        String type = customerMessage.content().type();

        Response created = asApiUser().contentType(ContentType.JSON)
                .body(Map.of("content", Map.of("type", type, "body", "It ships today.")))
                .when().post(API + "/conversation-items/{id}/reply", customerMessage.id());
        created.then().statusCode(201).body(emptyString());
        String location = created.header("Location");
        assertThat(location, matchesPattern(API.replace("/", "\\/") + "/conversation-items/[A-Za-z0-9_-]{22}"));
        String replyId = location.substring(location.lastIndexOf('/') + 1);

        asApiUser().when().get(location)
                .then().statusCode(200)
                .body("id", equalTo(replyId))
                .body("conversationId", equalTo(conversation.id()))
                .body("content.type", equalTo(type))
                .body("content.content", equalTo("It ships today."))
                .body("initiator.type", equalTo("AGENT"));
        List<String> ids = asApiUser().when().get(API + "/conversations/{id}/items", conversation.id())
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(replyId, ids.get(ids.size() - 1));
    }

    @Test
    void anUnassignedConversationGoesToTheApiUserOnReply() {
        Conversation conversation = openConversationAwaitingAnswer(false);
        Item customerMessage = lastCustomerMessage(conversation.id());

        asApiUser().contentType(ContentType.JSON)
                .body(Map.of("content", Map.of("type", customerMessage.content().type(), "body", "On it.")))
                .when().post(API + "/conversation-items/{id}/reply", customerMessage.id())
                .then().statusCode(201);

        String agentId = store.conversation(conversation.id()).orElseThrow().agentId();
        assertEquals(VendorStubs.GLADLY_USER, store.agent(agentId).orElseThrow().emailAddress());
    }

    @Test
    void repliesGoOnlyToCustomerMessagesOfConversationsNotClosed() {
        Conversation open = openConversationAwaitingAnswer(true);
        Item agentItem = store.timeline(open.id()).stream()
                .filter(item -> "AGENT".equals(item.initiator().type())).findFirst().orElseThrow();
        Item customerMessage = lastCustomerMessage(open.id());
        String type = customerMessage.content().type();
        String reply = "{\"content\":{\"type\":\"" + type + "\",\"body\":\"Hi\"}}";

        assertRefused("/conversation-items/" + agentItem.id() + "/reply", reply, 400, "itemId", "invalid",
                "you can only reply to customer messages");
        assertRefused("/conversation-items/" + customerMessage.id() + "/reply",
                "{\"content\":{\"type\":\"VOICEMAIL\",\"body\":\"Hi\"}}", 400, "content.type", "invalid",
                "type [VOICEMAIL] is not supported");
        assertRefused("/conversation-items/" + customerMessage.id() + "/reply", "{\"content\":{\"body\":\"Hi\"}}",
                400, "content.type", "blank");
        assertRefused("/conversation-items/" + customerMessage.id() + "/reply",
                "{\"content\":{\"type\":\"SMS\",\"body\":\"" + "x".repeat(2049) + "\"}}", 400, "content.body",
                "too_long");
        assertRefused("/conversation-items/nope/reply", reply, 404, "itemId", "not_exist");

        patchConversation(open.id(), "{\"status\":{\"value\":\"CLOSED\",\"force\":true}}");
        assertRefused("/conversation-items/" + customerMessage.id() + "/reply", reply, 400, "itemId", "invalid",
                "you cannot reply to items in closed conversations");
    }

    // ---------------------------------------------------------------- SMS

    @Test
    void anSmsToAKnownMobileGoesToItsProfile() {
        JsonPath sent = asApiUser().contentType(ContentType.JSON)
                .body("{\"customer\":{\"mobileNumber\":\"" + PRIYA_MOBILE + "\"},\"from\":\""
                        + GladlySeed.SUPPORT_NUMBER + "\",\"body\":\"Your order has shipped.\"}")
                .when().post(API + "/communications/sms")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();

        assertEquals(PRIYA, sent.getString("customerId"));
        Map<String, Object> item = asApiUser().when().get(API + "/conversation-items/{id}",
                sent.getString("conversationItemId")).then().statusCode(200)
                .body("customerId", equalTo(PRIYA))
                .body("content.type", equalTo("SMS"))
                .body("content.from", equalTo(GladlySeed.SUPPORT_NUMBER))
                .body("content.to", equalTo(PRIYA_MOBILE))
                .body("content.content", equalTo("Your order has shipped."))
                .extract().jsonPath().getMap("$");
        // non-routable: in no conversation
        assertThat(item, not(hasKey("conversationId")));
    }

    @Test
    void anSmsToANewNumberMakesAProfile() {
        String customerId = asApiUser().contentType(ContentType.JSON)
                .body("{\"customer\":{\"mobileNumber\":\"+15035550188\"},\"from\":\"+15035550100\",\"body\":\"Hi\"}")
                .when().post(API + "/communications/sms")
                .then().statusCode(200).extract().jsonPath().getString("customerId");

        asApiUser().queryParam("phoneNumber", "+15035550188").when().get(API + "/customer-profiles")
                .then().statusCode(200).body("id", hasItem(customerId)).body("[0].name", nullValue());
    }

    @Test
    void anSmsNeedsEveryField() {
        assertRefused("/communications/sms", "{\"from\":\"+15035550100\",\"body\":\"Hi\"}", 400,
                "customer.mobileNumber", "blank");
        assertRefused("/communications/sms",
                "{\"customer\":{\"mobileNumber\":\"5035550188\"},\"from\":\"+15035550100\",\"body\":\"Hi\"}", 400,
                "customer.mobileNumber", "invalid");
        assertRefused("/communications/sms", "{\"customer\":{\"mobileNumber\":\"+15035550188\"},\"body\":\"Hi\"}",
                400, "from", "blank");
        assertRefused("/communications/sms",
                "{\"customer\":{\"mobileNumber\":\"+15035550188\"},\"from\":\"+15035550100\"}", 400, "body", "blank");
    }

    @Test
    void writesNeedCredentials() {
        int customers = store.customers().size();
        Conversation open = openConversationAwaitingAnswer(true);
        Item customerMessage = lastCustomerMessage(open.id());
        String reply = "{\"content\":{\"type\":\"" + customerMessage.content().type() + "\",\"body\":\"Hi\"}}";
        Map<String, String> writes = Map.of(
                "POST /customer-profiles", "{\"name\":\"x\"}",
                "PATCH /customer-profiles/" + PRIYA, "{\"name\":\"x\"}",
                "PATCH /conversations/" + open.id(), "{\"status\":{\"value\":\"CLOSED\",\"force\":true}}",
                "POST /conversations/" + open.id() + "/notes", "{\"content\":{\"body\":\"x\"}}",
                "POST /conversation-items/" + customerMessage.id() + "/reply", reply,
                "POST /communications/sms",
                "{\"customer\":{\"mobileNumber\":\"+15035550188\"},\"from\":\"+15035550100\",\"body\":\"x\"}");
        writes.forEach((call, body) -> {
            String[] methodAndPath = call.split(" ");
            given().contentType(ContentType.JSON).body(body)
                    .when().request(methodAndPath[0], API + methodAndPath[1])
                    .then().statusCode(401).body("errors[0].code", equalTo("unauthorized"));
        });
        given().when().get(API + "/conversation-items/{id}", customerMessage.id())
                .then().statusCode(401);

        assertEquals(customers, store.customers().size());
        assertEquals("Priya Raman", store.customer(PRIYA).orElseThrow().name());
        assertEquals("OPEN", store.conversation(open.id()).orElseThrow().status());
        assertEquals(customerMessage.id(), lastCustomerMessage(open.id()).id());
    }

    // ----------------------------------------------------------------

    /** An OPEN conversation whose last message is a customer's in a channel Gladly replies in. */
    private Conversation openConversationAwaitingAnswer(boolean assigned) {
        return store.conversations().stream()
                .filter(c -> "OPEN".equals(c.status()) && (c.agentId() != null) == assigned)
                .filter(c -> lastMessageIsACustomers(c.id()))
                .findFirst().orElseThrow();
    }

    private boolean lastMessageIsACustomers(String conversationId) {
        List<Item> messages = store.timeline(conversationId).stream()
                .filter(item -> GladlySandboxWrites.REPLY_TYPES.contains(item.content().type())
                        || "PHONE_CALL".equals(item.content().type()))
                .toList();
        Item last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        return last != null && "CUSTOMER".equals(last.initiator().type())
                && GladlySandboxWrites.REPLY_TYPES.contains(last.content().type());
    }

    private Item lastCustomerMessage(String conversationId) {
        List<Item> candidates = store.timeline(conversationId).stream()
                .filter(item -> "CUSTOMER".equals(item.initiator().type()))
                .filter(item -> GladlySandboxWrites.REPLY_TYPES.contains(item.content().type()))
                .toList();
        return candidates.get(candidates.size() - 1);
    }

    private static void patchConversation(String id, String body) {
        asApiUser().contentType(ContentType.JSON).body(body)
                .when().patch(API + "/conversations/{id}", id)
                .then().statusCode(204).body(emptyString());
    }

    private static void assertRefused(String path, String body, int status, String attr, String code) {
        assertRefused(path, body, status, attr, code, null);
    }

    private static void assertRefused(String path, String body, int status, String attr, String code,
            String detail) {
        String method = path.startsWith("/conversations/") && !path.endsWith("/notes")
                || path.startsWith("/customer-profiles/") ? "PATCH" : "POST";
        var response = asApiUser().contentType(ContentType.JSON).body(body)
                .when().request(method, API + path)
                .then()
                .statusCode(status)
                .contentType(ContentType.JSON)
                .body("errors", hasSize(1))
                .body("errors[0].attr", equalTo(attr))
                .body("errors[0].code", equalTo(code));
        if (detail != null) {
            response.body("errors[0].detail", equalTo(detail));
        }
    }
}
