package io.switchboard.sandbox.gbtalk;

import static io.restassured.RestAssured.given;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.PATH;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.testing.VendorStubs;

/** The GB Talk sandbox's transport: token checks, the script's error bodies, form and JSON bodies. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkSandboxAuthTest extends GbTalkSandboxTestSupport {

    @Test
    void acceptsTheTokenAsAFormField() {
        given().formParam("function", "get-agents-ids").formParam("token", VendorStubs.GBTALK_TOKEN)
                .post(PATH)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("success", is(true))
                .body("response.size()", is(GbTalkSeed.AGENTS));
    }

    @Test
    void acceptsTheTokenAsAHeader() {
        given().header("token", VendorStubs.GBTALK_TOKEN).formParam("function", "get-agents-ids")
                .post(PATH)
                .then().statusCode(200)
                .body("success", is(true))
                .body("response.size()", is(GbTalkSeed.AGENTS));
    }

    @Test
    void mergesAJsonBodyIntoTheFieldsWithRealArraysAllowed() {
        List<Map<String, Object>> rows = given().contentType(ContentType.JSON)
                .body("""
                        {
                          "function": "get-users",
                          "token": "%s",
                          "user_types": ["agent", "admin"],
                          "pagination": 0
                        }
                        """.formatted(VendorStubs.GBTALK_TOKEN))
                .post(PATH)
                .then().statusCode(200)
                .body("success", is(true))
                .extract().jsonPath().getList("response");
        assertEquals(GbTalkSeed.AGENTS, rows.size());
        rows.forEach(row -> assertTrue(List.of("agent", "admin").contains(row.get("user_type")), "" + row));
    }

    @Test
    void acceptsAJsonBodyWithTheTokenHeaderAndArraysAsJsonText() {
        given().contentType(ContentType.JSON).header("token", VendorStubs.GBTALK_TOKEN)
                .body("""
                        {"function": "get-users", "user_ids": "[7, 8]"}
                        """)
                .post(PATH)
                .then().statusCode(200)
                .body("response.id", is(List.of("8", "7")));
    }

    @Test
    void answersTokenNotFoundWithoutAToken() {
        given().formParam("function", "get-users")
                .post(PATH)
                .then().statusCode(401).contentType(ContentType.JSON)
                .body("status", is("error"))
                .body("response", is("token-not-found"))
                .body("message", notNullValue())
                .body("$", not(hasKey("success")));
    }

    @Test
    void answersInvalidTokenForAnyOtherToken() {
        String wrong = "not-the-admin-token";
        given().formParam("function", "get-users").formParam("token", wrong)
                .post(PATH)
                .then().statusCode(401)
                .body("status", is("error"))
                .body("response", is("invalid-token"))
                .body("message", not(containsString(wrong)))
                .body("message", not(containsString(VendorStubs.GBTALK_TOKEN)));
        given().formParam("function", "get-users").header("token", wrong)
                .post(PATH)
                .then().statusCode(401)
                .body("response", is("invalid-token"));
    }

    @Test
    void userTokensFromTheSeedAreNotAdminTokens() {
        String userToken = GbTalkApi.rows("get-users", "user_types", "[\"user\"]").get(0).get("token").toString();
        given().formParam("function", "get-users").formParam("token", userToken)
                .post(PATH)
                .then().statusCode(401)
                .body("response", is("invalid-token"));
    }

    @Test
    void answersMissingFunctionNameBeforeLookingAtTheToken() {
        given().formParam("token", VendorStubs.GBTALK_TOKEN)
                .post(PATH)
                .then().statusCode(400)
                .body("status", is("error"))
                .body("response", is("missing-function-name"));
        given().formParam("user_id", "7")
                .post(PATH)
                .then().statusCode(400)
                .body("response", is("missing-function-name"));
        given().contentType(ContentType.JSON).body("{\"token\": \"x\"}")
                .post(PATH)
                .then().statusCode(400)
                .body("response", is("missing-function-name"));
    }

    @Test
    void aBodyWithoutFieldsHasNoFunction() {
        given().header("token", VendorStubs.GBTALK_TOKEN)
                .post(PATH)
                .then().statusCode(400)
                .body("response", is("missing-function-name"));
        given().contentType(ContentType.JSON).header("token", VendorStubs.GBTALK_TOKEN).body("not json")
                .post(PATH)
                .then().statusCode(400)
                .body("response", is("missing-function-name"));
    }

    @Test
    void answersFunctionNotFoundForAnUnknownFunction() {
        GbTalkApi.call("get-everything")
                .then().statusCode(404)
                .body("status", is("error"))
                .body("response", is("function-not-found"))
                .body("message", containsString("get-everything"));
    }

    @Test
    void answersMissingArgumentNamingTheArgument() {
        GbTalkApi.call("get-user")
                .then().statusCode(400)
                .body("status", is("error"))
                .body("response", is("missing-argument"))
                .body("message", containsString("user_id"));
        GbTalkApi.call("get-conversation")
                .then().statusCode(400)
                .body("message", containsString("conversation_id"));
        GbTalkApi.call("search-users")
                .then().statusCode(400)
                .body("message", containsString("search"));
    }

    @Test
    void everyReadFunctionAnswersWithTheSuccessEnvelope() {
        for (String function : List.of("get-users", "get-agents-ids", "get-online-users", "get-conversations",
                "get-articles", "get-articles-categories", "saved-replies")) {
            GbTalkApi.call(function)
                    .then().statusCode(200)
                    .body("success", is(true))
                    .body("$", hasKey("response"));
        }
        GbTalkApi.call("get-users", "pagination", "0")
                .then().body("response", everyItem(hasKey("id")));
    }
}
