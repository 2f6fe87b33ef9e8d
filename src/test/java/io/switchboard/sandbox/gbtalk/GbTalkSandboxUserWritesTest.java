package io.switchboard.sandbox.gbtalk;

import static io.restassured.RestAssured.given;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.USER_KEYS;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertKeys;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertTime;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.column;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.object;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.rows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/** The sandbox's user writes: add-user, update-user, get-bot-id, and what the reads show after them. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkSandboxUserWritesTest extends GbTalkSandboxTestSupport {

    private static final long FIRST_NEW_ID = GbTalkSeed.AGENTS + GbTalkSeed.CUSTOMERS + 1;

    @Test
    void addUserAnswersTheNewIdAndGetUsersListsTheUserFirst() {
        Object id = ok("add-user", "first_name", "Grace", "last_name", "Hopper", "email", "grace@example.test",
                "user_type", "agent", "profile_image", "https://cdn.example.test/grace.png", "password", "pw")
                .get("response");

        assertEquals((int) FIRST_NEW_ID, assertInstanceOf(Integer.class, id), "the docs show a number");
        Map<String, Object> first = rows("get-users").get(0);
        assertKeys(USER_KEYS, first);
        assertEquals(String.valueOf(FIRST_NEW_ID), first.get("id"), "newest first");
        assertEquals("Grace", first.get("first_name"));
        assertEquals("Hopper", first.get("last_name"));
        assertEquals("grace@example.test", first.get("email"));
        assertEquals("agent", first.get("user_type"));
        assertEquals("https://cdn.example.test/grace.png", first.get("profile_image"));
        assertTime(first.get("creation_time"));
        assertTrue(column(rows("get-users", "user_types", "[\"agent\",\"admin\"]"), "id")
                .contains(String.valueOf(FIRST_NEW_ID)));
        assertEquals("", object("get-user", "user_id", String.valueOf(FIRST_NEW_ID)).get("password"),
                "a password is never shown");
    }

    @Test
    void addUserDefaultsAsDocumented() {
        ok("add-user");
        ok("add-user", "email", "someone@example.test");

        Map<String, Object> anonymous = object("get-user", "user_id", String.valueOf(FIRST_NEW_ID));
        assertEquals("User", anonymous.get("first_name"));
        assertTrue(String.valueOf(anonymous.get("last_name")).matches("#\\d+"), anonymous.toString());
        assertEquals("visitor", anonymous.get("user_type"), "no email: a visitor");
        assertNull(anonymous.get("email"));
        Map<String, Object> withEmail = object("get-user", "user_id", String.valueOf(FIRST_NEW_ID + 1));
        assertEquals("user", withEmail.get("user_type"), "with an email: a user");
    }

    @Test
    void addUserKeepsExtraDetailsThatGetUsersWithExtraShows() {
        ok("add-user", "first_name", "Ada", "last_name", "", "user_type", "lead", "extra",
                "{\"phone\": [\"+15035550142\", \"Phone\"], \"company\": [\"Analytical Engines\", \"Company\"]}");

        Map<String, Object> row = rows("get-users", "user_ids", "[\"" + FIRST_NEW_ID + "\"]", "extra", "true")
                .get(0);
        assertEquals("+15035550142", row.get("phone"));
        assertEquals("Analytical Engines", row.get("company"));
        assertEquals("", row.get("last_name"), "an empty last name is kept, not defaulted");
        Map<String, Object> profile = object("get-user", "user_id", String.valueOf(FIRST_NEW_ID), "extra", "true");
        assertEquals(List.of(Map.of("slug", "phone", "name", "Phone", "value", "+15035550142"),
                Map.of("slug", "company", "name", "Company", "value", "Analytical Engines")), profile.get("details"));
    }

    @Test
    void addUserRefusesATakenEmailAndAnUnknownType() {
        String taken = store.users().stream().filter(u -> u.email() != null).findFirst().orElseThrow().email();

        GbTalkApi.call("add-user", "email", taken.toUpperCase(Locale.ROOT)).then().statusCode(200)
                .body("success", is(false)).body("response", is("duplicate-email"));
        GbTalkApi.call("add-user", "user_type", "bot").then().statusCode(200)
                .body("success", is(false)).body("response", is("invalid-user-type"));
        assertEquals(GbTalkSeed.AGENTS + GbTalkSeed.CUSTOMERS, store.users().size(), "nothing was added");
    }

    @Test
    void updateUserChangesOnlyTheFieldsSent() {
        Map<String, Object> before = object("get-user", "user_id", "10", "extra", "true");

        assertEquals(true, ok("update-user", "user_id", "10", "first_name", "Renamed", "profile_image",
                "https://cdn.example.test/10.png").get("response"));

        Map<String, Object> after = object("get-user", "user_id", "10", "extra", "true");
        assertEquals("Renamed", after.get("first_name"));
        assertEquals("https://cdn.example.test/10.png", after.get("profile_image"));
        assertEquals(before.get("last_name"), after.get("last_name"));
        assertEquals(before.get("email"), after.get("email"));
        assertEquals(before.get("user_type"), after.get("user_type"));
        assertEquals(before.get("details"), after.get("details"));
    }

    @Test
    void updateUserSetsAndDeletesTheEmailAndDetails() {
        ok("add-user", "first_name", "Ada", "email", "ada@example.test", "extra",
                "{\"phone\": [\"+15035550142\", \"Phone\"], \"city\": [\"London\", \"City\"]}");
        String id = String.valueOf(FIRST_NEW_ID);

        ok("update-user", "user_id", id, "email", "NULL", "settings_extra", """
                {"phone": ["", "Phone"], "city": ["Paris", "City"], "company": ["ACME", "Company"]}""");

        Map<String, Object> after = object("get-user", "user_id", id, "extra", "true");
        assertNull(after.get("email"), "NULL deletes the email");
        assertEquals(List.of(Map.of("slug", "city", "name", "City", "value", "Paris"),
                Map.of("slug", "company", "name", "Company", "value", "ACME")), after.get("details"));

        ok("update-user", "user_id", id, "email", "ada@example.test", "user_type", "lead");
        Map<String, Object> again = object("get-user", "user_id", id);
        assertEquals("ada@example.test", again.get("email"));
        assertEquals("lead", again.get("user_type"));
    }

    @Test
    void updateUserRefusesWhatAddUserRefusesAndAnUnknownUser() {
        String taken = store.users().stream().filter(u -> u.email() != null && u.id() != 10).findFirst()
                .orElseThrow().email();

        GbTalkApi.call("update-user", "user_id", "10", "email", taken).then().statusCode(200)
                .body("success", is(false)).body("response", is("duplicate-email"));
        GbTalkApi.call("update-user", "user_id", "10", "user_type", "robot").then().statusCode(200)
                .body("success", is(false)).body("response", is("invalid-user-type"));
        GbTalkApi.call("update-user", "user_id", "99999", "first_name", "X").then().statusCode(200)
                .body("success", is(false)).body("response", is("user-not-found"));
        GbTalkApi.call("update-user", "first_name", "X").then().statusCode(400)
                .body("response", is("missing-argument")).body("message", containsString("user_id"));
    }

    @Test
    void updateUserKeepsItsOwnEmail() {
        String own = store.users().stream().filter(u -> u.email() != null).findFirst().orElseThrow().email();
        long id = store.users().stream().filter(u -> own.equals(u.email())).findFirst().orElseThrow().id();

        assertEquals(true, ok("update-user", "user_id", String.valueOf(id), "email", own).get("response"));
    }

    @Test
    void getBotIdCreatesTheBotOnceAndAnswersTheSameIdAfterwards() {
        Object first = ok("get-bot-id").get("response");
        Object second = ok("get-bot-id").get("response");

        assertEquals(first, second);
        Map<String, Object> bot = object("get-user", "user_id", String.valueOf(first));
        assertEquals("bot", bot.get("user_type"));
        assertEquals("Bot", bot.get("first_name"));
    }

    @Test
    void writesNeedTheAdminToken() {
        given().formParam("function", "add-user").formParam("first_name", "X")
                .post(GbTalkApi.PATH).then().statusCode(401).body("response", is("token-not-found"));
        given().formParam("function", "update-user").formParam("user_id", "10")
                .formParam("token", store.user(10).orElseThrow().token())
                .post(GbTalkApi.PATH).then().statusCode(401).body("response", is("invalid-token"));
        assertEquals(GbTalkSeed.AGENTS + GbTalkSeed.CUSTOMERS, store.users().size());
    }
}
