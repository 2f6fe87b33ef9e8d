package io.switchboard.sandbox.gaglers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GaglersSandboxTest {

    private static final String API = "/sandbox/gaglers/api/v1";

    @Test
    void requestsWithoutTheApiKeyAreDenied() {
        given().when().get(API + "/user/211/").then().statusCode(403).contentType(ContentType.JSON);
        given().header("Authorization", "apikey " + VendorStubs.GAGLERS_USER + ":wrong-key")
                .when().get(API + "/user/211/").then().statusCode(403);
        // The scheme is part of the documented header.
        given().header("Authorization", VendorStubs.GAGLERS_USER + ":" + VendorStubs.GAGLERS_KEY)
                .when().get(API + "/topic/41/").then().statusCode(403);
        given().header("Authorization", "apikey someone-else:" + VendorStubs.GAGLERS_KEY)
                .when().get(API + "/topic/41/").then().statusCode(403);
    }

    @Test
    void aUserIsShapedAsDocumentedWithOrWithoutTheTrailingSlash() {
        for (String path : List.of(API + "/user/213/", API + "/user/213")) {
            authorized().when().get(path)
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("userid", equalTo(213))
                    .body("nickname", equalTo("Pinewood Clinic"))
                    .body("username", equalTo("frontdesk_pinewoodclinic.test"))
                    .body("resource_uri", equalTo("/api/v1/user/213/"))
                    .body("$", not(hasKey("password")));
        }
        authorized().when().get(API + "/user/211/")
                .then().statusCode(200)
                .body("email", equalTo("lena.moreau@harborfresh.test"))
                .body("avatar_url", notNullValue());
        authorized().when().get(API + "/user/212/")
                .then().statusCode(200)
                .body("username", equalTo("devon.achterberg@gmail.com"));
    }

    @Test
    void unknownObjectsAreNotFound() {
        authorized().when().get(API + "/user/9999/").then().statusCode(404);
        authorized().when().get(API + "/user/abc/").then().statusCode(404);
        authorized().when().get(API + "/topic/9999/").then().statusCode(404);
    }

    @Test
    void topicsListTheirOperatorsAndWhoIsOnline() {
        authorized().when().get(API + "/topic/41/")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("topicid", equalTo(41))
                .body("name", equalTo("Harbor Fresh Help"))
                .body("site_url", equalTo("http://www.harborfresh.test"))
                .body("resource_uri", equalTo("/api/v1/topic/41/"))
                .body("operators", equalTo(List.of("211", "213")))
                .body("onlineoperators", empty());
        authorized().when().get(API + "/topic/42")
                .then().statusCode(200)
                .body("operators", equalTo(List.of("212", "214")))
                .body("onlineoperators", equalTo(List.of("212")));
    }

    @Test
    void agentsAreRegisteredWithAUsernameAndPasswordOrAGmailId() {
        String username = "agent_" + UUID.randomUUID() + ".test";
        String location = authorized().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "temppassword", "nickname", "Great Shop"))
                .when().post(API + "/user/")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://.+/sandbox/gaglers/api/v1/user/\\d+/"))
                .extract().header("Location");
        authorized().when().get(URI.create(location).getPath())
                .then().statusCode(200)
                .body("username", equalTo(username))
                .body("nickname", equalTo("Great Shop"));

        String gmail = "agent." + UUID.randomUUID() + "@gmail.com";
        authorized().contentType(ContentType.JSON)
                .body(Map.of("gmail_id", gmail, "nickname", "Gmail Agent", "avatar_url", "https://img.test/a.jpg"))
                .when().post(API + "/user")
                .then().statusCode(201);
    }

    @Test
    void invalidAgentsAreRefused() {
        authorized().contentType(ContentType.JSON).body(Map.of("username", "x_" + UUID.randomUUID(),
                "password", "secret")).when().post(API + "/user/").then().statusCode(400);
        authorized().contentType(ContentType.JSON).body(Map.of("username", "x_" + UUID.randomUUID(),
                "nickname", "No Password")).when().post(API + "/user/").then().statusCode(400);
        authorized().contentType(ContentType.JSON).body(Map.of("username", "lena_harborfresh.test",
                "password", "secret", "nickname", "Taken")).when().post(API + "/user/").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("gmail_id", "a@gmail.com", "nickname", "No Key"))
                .when().post(API + "/user/").then().statusCode(403);
    }

    @Test
    void chatWidgetsAreCreatedWithRegisteredOperators() {
        String name = "Widget " + UUID.randomUUID();
        String location = authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "name", name, "operators", List.of("211", 213)))
                .when().post(API + "/topic/")
                .then().statusCode(201)
                .header("Location", matchesPattern("http://.+/sandbox/gaglers/api/v1/topic/\\d+/"))
                .extract().header("Location");
        authorized().when().get(URI.create(location).getPath())
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("operators", equalTo(List.of("211", "213")))
                .body("onlineoperators", empty());

        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "name", name, "operators", List.of("211")))
                .when().post(API + "/topic/").then().statusCode(400);
        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "name", "Other", "operators", List.of()))
                .when().post(API + "/topic/").then().statusCode(400);
        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "name", "Other", "operators", List.of("9999")))
                .when().post(API + "/topic/").then().statusCode(400);
    }

    @Test
    void anAgentNeedsANicknameAndAGmailIdRegistersOnce() {
        authorized().contentType(ContentType.JSON).body(Map.of("gmail_id", "x." + UUID.randomUUID() + "@gmail.com",
                "nickname", " ")).when().post(API + "/user/").then().statusCode(400).body("error", notNullValue());
        authorized().contentType(ContentType.JSON).body(Map.of("nickname", "Nobody"))
                .when().post(API + "/user/").then().statusCode(400);

        String gmail = "twice." + UUID.randomUUID() + "@gmail.com";
        String location = authorized().contentType(ContentType.JSON)
                .body(Map.of("gmail_id", gmail, "nickname", "Twice", "email", "offline@shop.test"))
                .when().post(API + "/user/")
                .then().statusCode(201).extract().header("Location");
        authorized().contentType(ContentType.JSON).body(Map.of("gmail_id", gmail, "nickname", "Twice again"))
                .when().post(API + "/user/").then().statusCode(400);

        authorized().when().get(URI.create(location).getPath())
                .then().statusCode(200)
                .body("nickname", equalTo("Twice"))
                .body("username", equalTo(gmail))
                .body("email", equalTo("offline@shop.test"))
                .body("$", not(hasKey("gmail_id")));
    }

    @Test
    void aWidgetNeedsASiteAndANameUniqueWithinTheSite() {
        authorized().contentType(ContentType.JSON).body(Map.of("name", "No Site", "operators", List.of("211")))
                .when().post(API + "/topic/").then().statusCode(400).body("error", notNullValue());
        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "operators", List.of("211")))
                .when().post(API + "/topic/").then().statusCode(400);
        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "name", "No Operators"))
                .when().post(API + "/topic/").then().statusCode(400);

        String name = "Shop " + UUID.randomUUID();
        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://shop.sandbox.test", "name", name, "operators", List.of("212", "212")))
                .when().post(API + "/topic").then().statusCode(201);
        // The same site written another way is still the same site.
        authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://Shop.sandbox.test/", "name", name, "operators", List.of("211")))
                .when().post(API + "/topic/").then().statusCode(400);
        String location = authorized().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://other.sandbox.test", "name", name, "operators", List.of("212", "212")))
                .when().post(API + "/topic/").then().statusCode(201).extract().header("Location");

        authorized().when().get(URI.create(location).getPath())
                .then().statusCode(200)
                .body("site_url", equalTo("http://other.sandbox.test"))
                .body("operators", equalTo(List.of("212")))
                .body("onlineoperators", equalTo(List.of("212")));
    }

    @Test
    void writesNeedTheApiKey() {
        given().contentType(ContentType.JSON)
                .body(Map.of("site_url", "http://www.mywebsite.test", "name", "Denied", "operators", List.of("211")))
                .when().post(API + "/topic/").then().statusCode(403);
    }

    private static RequestSpecification authorized() {
        return given().header("Authorization", VendorAuth.GAGLERS);
    }
}
