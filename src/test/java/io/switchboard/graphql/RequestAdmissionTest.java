package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * At most {@code max-concurrent-requests} GraphQL requests execute at once; the next ones wait in a bounded queue,
 * for a bounded time, and are refused with 503, {@code Retry-After} and a GraphQL error when either bound is reached.
 */
@QuarkusTest
@TestProfile(RequestAdmissionTest.OneAtATime.class)
@QuarkusTestResource(VendorStubs.class)
class RequestAdmissionTest extends EndToEndTestSupport {

    /** One request executes, one waits, for at most 700 ms; no response cache, so every request executes. */
    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.graphql.max-concurrent-requests", "1",
                    "switchboard.graphql.max-queued-requests", "1",
                    "switchboard.graphql.queue-timeout", "PT0.7S",
                    "switchboard.cache.ttl", "PT0S");
        }
    }

    private static final String AGENT_PATH = "/api/external/v1/agents/5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String SLOW_AGENT = """
            { agent(id: "gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721") { name } }
            """;
    private static final String VENDORS = """
            { vendors { vendor } }
            """;

    @Inject
    RequestAdmission admission;

    @BeforeEach
    void slowBlinger() throws InterruptedException {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(AGENT_PATH)).willReturn(file("agent.json")
                .withFixedDelay(2_000)));
        // nothing of an earlier test (or of a slow first start) still holds the one turn
        awaitAdmission(0, 0);
    }

    @Test
    void aRequestWaitsForItsTurnAndIsRefusedWhenItsWaitRunsOut() throws Exception {
        CompletableFuture<ExtractableResponse<Response>> slow = CompletableFuture.supplyAsync(() -> post(SLOW_AGENT));
        awaitBlingerCall();

        long start = System.nanoTime();
        ExtractableResponse<Response> waited = post(VENDORS);
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertRefused(waited, "waited 700 ms");
        assertTrue(waitedMs >= 650 && waitedMs < 1_950, "refused after " + waitedMs + " ms");
        ExtractableResponse<Response> first = slow.get(10, TimeUnit.SECONDS);
        assertTrue(first.statusCode() == 200 && "Vadim Belorusov".equals(first.path("data.agent.name")),
                () -> "the executing request is not disturbed: " + first.asString());
    }

    @Test
    void aRequestFindingTheQueueFullIsRefusedAtOnce() throws Exception {
        CompletableFuture<ExtractableResponse<Response>> slow = CompletableFuture.supplyAsync(() -> post(SLOW_AGENT));
        awaitBlingerCall();
        CompletableFuture<ExtractableResponse<Response>> queued = CompletableFuture.supplyAsync(() -> post(VENDORS));
        awaitAdmission(1, 1); // the second request is in the queue

        long start = System.nanoTime();
        ExtractableResponse<Response> refused = post(VENDORS);
        long refusedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertRefused(refused, "1 requests are already waiting");
        assertTrue(refusedMs < 500, "refused after " + refusedMs + " ms");
        queued.get(10, TimeUnit.SECONDS);
        slow.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWaitingRequestRunsAsSoonAsTheTurnIsFree() throws Exception {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(AGENT_PATH)).willReturn(file("agent.json")
                .withFixedDelay(400)));
        CompletableFuture<ExtractableResponse<Response>> slow = CompletableFuture.supplyAsync(() -> post(SLOW_AGENT));
        awaitBlingerCall();

        ExtractableResponse<Response> next = post(VENDORS);

        assertTrue(next.statusCode() == 200 && next.path("errors") == null, next::asString);
        assertThat(next.<List<?>> path("data.vendors"), hasSize(4));
        slow.get(10, TimeUnit.SECONDS);
        // and the turn came back after both: nothing is left holding it
        query(VENDORS).body("errors", nullValue()).body("data.vendors.size()", is(4));
    }

    private static ExtractableResponse<Response> post(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document)).post("/graphql").then()
                .extract();
    }

    private static void assertRefused(ExtractableResponse<Response> response, String reason) {
        assertTrue(response.statusCode() == 503, () -> "status " + response.statusCode() + ": " + response.asString());
        assertTrue("1".equals(response.header("Retry-After")), "Retry-After " + response.header("Retry-After"));
        assertTrue("INTERNAL".equals(response.path("errors[0].extensions.code")), response::asString);
        assertThat(response.<String> path("errors[0].message"), containsString(reason));
    }

    /** Waits until the slow request is at Blinger, i.e. holds the only turn. */
    private static void awaitBlingerCall() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (!VendorStubs.blinger().findAll(getRequestedFor(urlPathEqualTo(AGENT_PATH))).isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the slow request never reached Blinger");
    }

    /** Waits until this many requests execute and this many wait. */
    private void awaitAdmission(int executing, int waiting) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (admission.executing() == executing && admission.waiting() == waiting) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("executing " + admission.executing() + ", waiting " + admission.waiting());
    }
}
