package io.switchboard.sandbox.gladly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/** Gladly's Basic authentication, checked against the configured credentials; public answers need none. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlySandboxAuthTest extends GladlySandboxTestSupport {

    private static final String[] PROTECTED = { "/agents", "/topics", "/customer-profiles/"
            + GladlySeed.BUSY_CUSTOMER_ID, "/customers/" + GladlySeed.BUSY_CUSTOMER_ID + "/conversations" };

    @ParameterizedTest
    @ValueSource(strings = { "/agents", "/topics", "/customer-profiles/" + GladlySeed.BUSY_CUSTOMER_ID,
            "/customer-profiles?email=nobody@example.com",
            "/customers/" + GladlySeed.BUSY_CUSTOMER_ID + "/conversations", "/conversations/unknown",
            "/conversations/unknown/items", "/conversations/unknown/notes/unknown", "/agents/unknown",
            "/topics/unknown" })
    void refusesARequestWithoutCredentials(String path) {
        given()
                .when().get(API + path)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Gladly API\"")
                .header(GladlySandboxRateLimitFilter.REMAINING_HEADER, nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].code", equalTo("unauthorized"));
    }

    @Test
    void refusesAWrongToken() {
        for (String path : PROTECTED) {
            given().auth().preemptive().basic(VendorStubs.GLADLY_USER, "not-the-token")
                    .when().get(API + path)
                    .then().statusCode(401).body("errors[0].code", equalTo("unauthorized"));
        }
    }

    @Test
    void refusesAnotherUserWithTheRightToken() {
        for (String path : PROTECTED) {
            given().auth().preemptive().basic("someone.else@acme.test", VendorStubs.GLADLY_TOKEN)
                    .when().get(API + path)
                    .then().statusCode(401);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer gladly-secret-token-7f3a", "Basic not*base64", "Basic ",
            "Basic YXBpLXVzZXJAYWNtZS50ZXN0" /* the user name without a colon */ })
    void refusesMalformedCredentials(String authorization) {
        given().header("Authorization", authorization)
                .when().get(API + "/agents")
                .then().statusCode(401);
    }

    @Test
    void acceptsTheConfiguredCredentialsWhateverTheSchemeCase() {
        for (String path : PROTECTED) {
            asApiUser().when().get(API + path).then().statusCode(200);
        }
        String credentials = Base64.getEncoder().encodeToString(
                (VendorStubs.GLADLY_USER + ":" + VendorStubs.GLADLY_TOKEN).getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "basic " + credentials)
                .when().get(API + "/agents")
                .then().statusCode(200).body("$", not(hasSize(0)));
    }

    @Test
    void publicAnswersNeedNoCredentialsButTheConfiguredOrganization() {
        given().when().get(ANSWERS + "/answers").then().statusCode(200).body("$", hasSize(12));
        given().queryParam("q", "return").when().get(ANSWERS + "/answers-search").then().statusCode(200);

        given().when().get(API + "/orgs/SomeOtherOrg/answers")
                .then()
                .statusCode(404)
                .body("errors[0].attr", equalTo("orgId"))
                .body("errors[0].code", equalTo("not_exist"));
        given().queryParam("q", "return").when().get(API + "/orgs/SomeOtherOrg/answers-search")
                .then().statusCode(404);
    }
}
