package io.switchboard.sandbox.gladly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlyConversationSandboxTest extends GladlySandboxTestSupport {

    private static final Set<String> STATUSES = Set.of("OPEN", "WAITING", "CLOSED");

    @Test
    void listsACustomersConversationsOldestFirst() {
        String customerId = customerWithConversations(3);

        JsonPath list = asApiUser()
                .when().get(API + "/customers/{id}/conversations", customerId)
                .then()
                .statusCode(200)
                .header(GladlySandboxResource.LIMITED_DATA_HEADER, nullValue())
                .body("$", hasSize(3))
                .body("customerId", everyItem(equalTo(customerId)))
                .body("status", everyItem(is(in(STATUSES))))
                .body("inboxId", everyItem(notNullValue()))
                .body("createdAt", everyItem(matchesPattern(RFC_3339_MILLIS)))
                .extract().jsonPath();
        assertAscending(list.getList("createdAt"));
    }

    @Test
    void listsAtMostAHundredConversationsAndFlagsTheRest() {
        JsonPath list = asApiUser()
                .when().get(API + "/customers/{id}/conversations", GladlySeed.BUSY_CUSTOMER_ID)
                .then()
                .statusCode(200)
                .header(GladlySandboxResource.LIMITED_DATA_HEADER, "true")
                .body("$", hasSize(100))
                // the five newest (one OPEN, one WAITING) are the ones cut off
                .body("status", everyItem(equalTo("CLOSED")))
                .body("closedAt", everyItem(matchesPattern(RFC_3339_MILLIS)))
                .extract().jsonPath();
        assertAscending(list.getList("createdAt"));
    }

    @Test
    void anUnknownCustomerHasNoConversationList() {
        asApiUser()
                .when().get(API + "/customers/{id}/conversations", GladlySeed.MERGED_CUSTOMER_ID)
                .then()
                .statusCode(404)
                .body("errors[0].attr", equalTo("customerId"))
                .body("errors[0].code", equalTo("not_exist"));
    }

    @Test
    void getsAConversationAsListed() {
        Map<String, Object> listed = asApiUser()
                .when().get(API + "/customers/{id}/conversations", GladlySeed.BUSY_CUSTOMER_ID)
                .then().extract().jsonPath().getMap("[0]");

        Map<String, Object> single = asApiUser()
                .when().get(API + "/conversations/{id}", listed.get("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("agentId", notNullValue())
                .body("topicIds", not(hasSize(0)))
                .extract().jsonPath().getMap("$");
        assertEquals(listed, single);
        assertEquals(List.of("id", "customerId", "agentId", "inboxId", "status", "topicIds"),
                List.copyOf(single.keySet()).subList(0, 6));
    }

    @Test
    void anOpenConversationHasNoClosedAt() {
        Conversation open = store.conversations().stream().filter(c -> c.status().equals("OPEN")).findFirst()
                .orElseThrow();
        Map<String, Object> single = asApiUser()
                .when().get(API + "/conversations/{id}", open.id())
                .then().statusCode(200).body("status", equalTo("OPEN"))
                .extract().jsonPath().getMap("$");
        assertThat(single, not(hasKey("closedAt")));
    }

    @Test
    void conversationCustomAttributesAreAListThatMayRepeatAnId() {
        Conversation repeated = store.conversations().stream()
                .filter(c -> c.customAttributes() != null && c.customAttributes().size() == 2).findFirst()
                .orElseThrow();
        asApiUser()
                .when().get(API + "/conversations/{id}", repeated.id())
                .then()
                .statusCode(200)
                .body("customAttributes", hasSize(2))
                .body("customAttributes[0].id", equalTo(repeated.customAttributes().get(1).id()))
                .body("customAttributes.value", everyItem(startsWith("ORD-")));
    }

    @Test
    void anUnknownConversationIsNotFound() {
        for (String path : List.of("/conversations/{id}", "/conversations/{id}/items")) {
            asApiUser()
                    .when().get(API + path, "9BcE2O0DQ2ynGHRmk9FeoA")
                    .then()
                    .statusCode(404)
                    .body("errors", hasSize(1))
                    .body("errors[0].attr", equalTo("conversationId"))
                    .body("errors[0].code", equalTo("not_exist"));
        }
    }

    @Test
    void listsItemsInTimestampOrderWithEveryContentType() {
        Map<String, Map<String, Object>> firstOfType = new LinkedHashMap<>();
        for (Conversation conversation : store.conversations()) {
            JsonPath items = asApiUser()
                    .when().get(API + "/conversations/{id}/items", conversation.id())
                    .then()
                    .statusCode(200)
                    .header(GladlySandboxResource.LIMITED_DATA_HEADER, nullValue())
                    .body("conversationId", everyItem(equalTo(conversation.id())))
                    .body("customerId", everyItem(equalTo(conversation.customerId())))
                    .body("initiator.id", everyItem(notNullValue()))
                    .body("initiator.type", everyItem(is(in(Set.of("CUSTOMER", "AGENT", "SYSTEM", "AUTOMATION")))))
                    .extract().jsonPath();
            assertAscending(items.getList("timestamp"));
            List<Map<String, Object>> list = items.getList("$");
            list.forEach(item -> firstOfType.putIfAbsent(type(item), item));
            if (firstOfType.size() == 7) {
                break;
            }
        }
        assertEquals(Set.of("CHAT_MESSAGE", "EMAIL", "SMS", "CONVERSATION_NOTE", "CONVERSATION_STATUS_CHANGE",
                "TOPIC_CHANGE", "PHONE_CALL"), firstOfType.keySet());

        Map<String, Object> chat = content(firstOfType.get("CHAT_MESSAGE"));
        assertThat(chat.get("messageType"), is(in(Set.of("TEXT", "QUICK_REPLY_REQUEST"))));
        assertEquals(firstOfType.get("CHAT_MESSAGE").get("sessionId"), chat.get("sessionId"));
        assertThat(chat.get("content"), instanceOf(String.class));

        Map<String, Object> email = content(firstOfType.get("EMAIL"));
        assertThat(email.get("from"), instanceOf(String.class));
        assertThat((List<?>) email.get("to"), hasSize(1));
        assertThat((String) email.get("subject"), anyOf(startsWith("Order ORD-"), startsWith("Re: Order ORD-")));
        assertThat(email.get("content"), instanceOf(String.class));

        Map<String, Object> sms = content(firstOfType.get("SMS"));
        assertThat((String) sms.get("from"), matchesPattern("\\+[1-9]\\d{7,14}"));
        assertThat((String) sms.get("to"), matchesPattern("\\+[1-9]\\d{7,14}"));
        assertThat(sms.get("content"), instanceOf(String.class));

        Map<String, Object> note = content(firstOfType.get("CONVERSATION_NOTE"));
        assertThat(note.get("body"), instanceOf(String.class));
        assertThat(note, not(hasKey("content")));
        assertEquals("AGENT", initiator(firstOfType.get("CONVERSATION_NOTE")).get("type"));

        assertEquals("CLOSED", content(firstOfType.get("CONVERSATION_STATUS_CHANGE")).get("status"));

        Map<String, Object> topics = content(firstOfType.get("TOPIC_CHANGE"));
        assertThat((List<?>) topics.get("addedTopicIds"), not(hasSize(0)));
        assertThat((List<?>) topics.get("removedTopicIds"), hasSize(0));

        Map<String, Object> call = content(firstOfType.get("PHONE_CALL"));
        for (String field : List.of("startedAt", "answeredAt", "completedAt")) {
            assertThat((String) call.get(field), matchesPattern(RFC_3339_MILLIS));
        }
        assertEquals(GladlySeed.SUPPORT_NUMBER, call.get("to"));
        assertEquals("AVAILABLE", call.get("recordingStatus"));
        assertEquals("/api/v1/conversation-items/" + firstOfType.get("PHONE_CALL").get("id") + "/media/recording",
                call.get("recordingUrl"));
        assertThat(call.get("recordingDuration"), instanceOf(Integer.class));
        assertEquals("READY", ((Map<?, ?>) call.get("recordingSummary")).get("status"));
        assertEquals("CUSTOMER", initiator(firstOfType.get("PHONE_CALL")).get("type"));
    }

    @Test
    void narrowsItemsToOneChatSession() {
        Conversation chat = store.conversations().stream()
                .filter(c -> store.items(c.id(), null).items().get(0).sessionId() != null)
                .filter(c -> store.items(c.id(), null).items().stream()
                        .anyMatch(i -> !i.content().type().equals("CHAT_MESSAGE")))
                .findFirst().orElseThrow();
        String sessionId = store.items(chat.id(), null).items().get(0).sessionId();
        List<Map<String, Object>> all = asApiUser().when().get(API + "/conversations/{id}/items", chat.id())
                .then().extract().jsonPath().getList("$");
        long chatMessages = all.stream().filter(i -> type(i).equals("CHAT_MESSAGE")).count();
        assertTrue(chatMessages < all.size(), "the conversation also has items outside the session");

        asApiUser()
                .queryParam("sessionId", sessionId)
                .when().get(API + "/conversations/{id}/items", chat.id())
                .then()
                .statusCode(200)
                .body("sessionId", everyItem(equalTo(sessionId)))
                .body("content.type", everyItem(equalTo("CHAT_MESSAGE")))
                .body("$", hasSize((int) chatMessages));
        asApiUser()
                .queryParam("sessionId", "no-such-session")
                .when().get(API + "/conversations/{id}/items", chat.id())
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void getsANoteOfItsConversationOnly() {
        Conversation withNote = store.conversations().stream()
                .filter(c -> store.items(c.id(), null).items().stream()
                        .anyMatch(i -> i.content().type().equals("CONVERSATION_NOTE")))
                .findFirst().orElseThrow();
        List<Map<String, Object>> items = asApiUser().when().get(API + "/conversations/{id}/items", withNote.id())
                .then().extract().jsonPath().getList("$");
        Map<String, Object> note = items.stream().filter(i -> type(i).equals("CONVERSATION_NOTE")).findFirst()
                .orElseThrow();
        Map<String, Object> message = items.stream().filter(i -> !type(i).equals("CONVERSATION_NOTE")).findFirst()
                .orElseThrow();
        Conversation other = store.conversations().stream().filter(c -> !c.id().equals(withNote.id())).findFirst()
                .orElseThrow();

        Map<String, Object> fetched = asApiUser()
                .when().get(API + "/conversations/{cid}/notes/{nid}", withNote.id(), note.get("id"))
                .then()
                .statusCode(200)
                .body("content.type", equalTo("CONVERSATION_NOTE"))
                .extract().jsonPath().getMap("$");
        assertEquals(note, fetched);

        asApiUser()
                .when().get(API + "/conversations/{cid}/notes/{nid}", withNote.id(), message.get("id"))
                .then()
                .statusCode(404)
                .body("errors[0].attr", equalTo("noteId"))
                .body("errors[0].code", equalTo("not_exist"));
        asApiUser()
                .when().get(API + "/conversations/{cid}/notes/{nid}", other.id(), note.get("id"))
                .then().statusCode(404);
        asApiUser()
                .when().get(API + "/conversations/{cid}/notes/{nid}", "9BcE2O0DQ2ynGHRmk9FeoA", note.get("id"))
                .then().statusCode(404).body("errors[0].attr", equalTo("conversationId"));
    }

    private String customerWithConversations(int count) {
        return store.customers().stream()
                .filter(c -> store.conversationsOf(c.id()).items().size() == count)
                .findFirst().orElseThrow().id();
    }

    private static void assertAscending(List<String> timestamps) {
        assertFalse(timestamps.isEmpty());
        assertEquals(timestamps.stream().sorted(Comparator.comparing(Instant::parse)).toList(), timestamps);
        assertTrue(timestamps.stream().allMatch(t -> t.matches(RFC_3339_MILLIS)));
    }

    private static String type(Map<String, Object> item) {
        return (String) content(item).get("type");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(Map<String, Object> item) {
        return (Map<String, Object>) item.get("content");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> initiator(Map<String, Object> item) {
        return (Map<String, Object>) item.get("initiator");
    }
}
