package io.switchboard.sandbox.gladly;

import static io.restassured.RestAssured.given;

import java.time.Clock;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.restassured.specification.RequestSpecification;
import io.switchboard.testing.VendorStubs;

/**
 * What the sandbox tests share: the API base, a request signed with the configured Gladly credentials, and a
 * rate-limit clock that gives each request a second of its own, so that only the rate-limit tests meet the limit.
 */
abstract class GladlySandboxTestSupport {

    static final String API = GladlySandboxResource.BASE;
    static final String ANSWERS = API + "/orgs/" + VendorStubs.GLADLY_ORG;
    static final String RFC_3339_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Inject
    GladlySandboxRateLimiter limiter;

    @Inject
    GladlySandboxStore store;

    @BeforeEach
    void eachRequestInItsOwnSecond() {
        limiter.useClock(SteppingClock.secondPerReading());
    }

    @AfterEach
    void backToRealTime() {
        limiter.useClock(Clock.systemUTC());
    }

    static RequestSpecification asApiUser() {
        return given().auth().preemptive().basic(VendorStubs.GLADLY_USER, VendorStubs.GLADLY_TOKEN);
    }
}
