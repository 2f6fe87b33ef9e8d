package io.switchboard.sandbox.gladly;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.testing.VendorStubs;

/** Gladly's 10 requests per second and method, with its headers; time is a test clock unless said otherwise. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GladlySandboxRateLimitTest extends GladlySandboxTestSupport {

    private static final String LIMIT = GladlySandboxRateLimitFilter.LIMIT_HEADER;
    private static final String REMAINING = GladlySandboxRateLimitFilter.REMAINING_HEADER;

    @Test
    void answersTooManyRequestsAfterTenGetsInOneSecond() {
        SteppingClock clock = SteppingClock.stopped();
        limiter.useClock(clock);

        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Response response = asApiUser().when().get(API + "/agents");
            assertEquals(200, response.statusCode());
            assertEquals("10", response.header(LIMIT));
            remaining.add(Integer.valueOf(response.header(REMAINING)));
        }
        assertThat(remaining, contains(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));

        asApiUser()
                .when().get(API + "/topics")
                .then()
                .statusCode(429)
                .header(LIMIT, "10")
                .header(REMAINING, "0")
                .header("Retry-After", (String) null)
                .body("errors[0].code", equalTo("too_many_requests"));
        // the budget is the organization's, public answers included
        given().when().get(ANSWERS + "/answers").then().statusCode(429);

        clock.advance(Duration.ofSeconds(1));
        asApiUser()
                .when().get(API + "/agents")
                .then()
                .statusCode(200)
                .header(REMAINING, "9");
    }

    @Test
    void eachMethodHasABudgetOfItsOwn() {
        limiter.useClock(SteppingClock.stopped());
        for (int i = 0; i < 10; i++) {
            asApiUser().when().get(API + "/topics").then().statusCode(200);
        }
        asApiUser().when().get(API + "/topics").then().statusCode(429);

        // writes that Gladly refuses still count, and change nothing
        for (int i = 0; i < 10; i++) {
            asApiUser().contentType("application/json").body("[]")
                    .when().post(API + "/customer-profiles")
                    .then().statusCode(400).header(REMAINING, String.valueOf(9 - i));
        }
        asApiUser().contentType("application/json").body("[]")
                .when().post(API + "/customer-profiles")
                .then().statusCode(429).header(REMAINING, "0");

        asApiUser().contentType("application/json").body("{\"name\":\"x\"}")
                .when().patch(API + "/customer-profiles/{id}", "no-such-customer")
                .then().statusCode(404).header(LIMIT, "10").header(REMAINING, "9");
    }

    @Test
    void refusedCredentialsDoNotSpendTheBudget() {
        limiter.useClock(SteppingClock.stopped());
        for (int i = 0; i < 12; i++) {
            given().when().get(API + "/agents").then().statusCode(401);
        }
        asApiUser().when().get(API + "/agents").then().statusCode(200).header(REMAINING, "9");
    }

    @Test
    void errorResponsesCarryTheHeadersToo() {
        asApiUser()
                .when().get(API + "/agents/{id}", "no-such-agent")
                .then()
                .statusCode(404)
                .header(LIMIT, "10")
                .header(REMAINING, "9");
        given()
                .when().get(ANSWERS + "/answers")
                .then()
                .statusCode(200)
                .header(LIMIT, "10")
                .header(REMAINING, "9");
    }

    @Test
    void limitsRequestsFiredQuicklyOnTheRealClock() {
        limiter.useClock(Clock.systemUTC());
        List<Integer> remaining = new ArrayList<>();
        boolean limited = false;
        // with at most 10 per second, 200 requests would take 20 seconds; they take far less
        for (int i = 0; i < 200 && !limited; i++) {
            Response response = asApiUser().when().get(API + "/topics");
            if (response.statusCode() == 429) {
                limited = true;
                assertEquals("0", response.header(REMAINING));
            } else {
                assertEquals(200, response.statusCode());
                remaining.add(Integer.valueOf(response.header(REMAINING)));
            }
        }
        assertTrue(limited, "no request was refused");
        // a 429 means ten requests in the same second just before it: the headers counted them down
        assertThat(remaining.size(), greaterThanOrEqualTo(10));
        assertThat(remaining.subList(remaining.size() - 10, remaining.size()), contains(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
    }
}
