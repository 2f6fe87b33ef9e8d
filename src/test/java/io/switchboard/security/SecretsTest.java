package io.switchboard.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.testing.StoreReset;
import io.switchboard.testing.VendorStubs;

/**
 * Runs every query against vendors that refuse Switchboard's credentials (401), fail (500) or answer bodies that
 * are not JSON, each echoing the credentials it was sent, and looks for the configured secrets everywhere a caller
 * or an operator can see: the GraphQL responses (the {@code vendors} query included), the log at DEBUG level, the
 * metrics and the schema. None may appear.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class SecretsTest {

    /** Every configured secret, and the header values built from them. */
    private static final List<String> SECRETS = List.of(VendorStubs.GLADLY_TOKEN, VendorStubs.GBTALK_TOKEN,
            VendorStubs.GBTALK_WEBHOOK_KEY, VendorStubs.BLINGER_TOKEN, VendorStubs.GAGLERS_KEY,
            Base64.getEncoder().encodeToString((VendorStubs.GLADLY_USER + ":" + VendorStubs.GLADLY_TOKEN)
                    .getBytes(StandardCharsets.UTF_8)));

    /** Categories logged at DEBUG while the test runs: Switchboard, the REST client, GraphQL, fault tolerance. */
    private static final List<String> CATEGORIES = List.of("io.switchboard", "io.quarkus.rest.client",
            "org.jboss.resteasy.reactive.client", "io.smallrye.graphql", "io.quarkus.smallrye.graphql",
            "io.smallrye.faulttolerance");

    private static final String EVERYTHING = """
            {
              agents(first: 50) { edges { node { id name email } } }
              customers(email: "priya@example.com") { edges { node { id name } } }
              conversations(first: 5) { edges { node { id status } } }
              answers(first: 5) { edges { node { id title } } }
              articles(first: 5) { edges { node { id title } } }
              agent(id: "gid://gladly/Agent/A1") { id }
              blingerAgent: agent(id: "gid://blinger/Agent/b1") { id }
              customer(id: "gid://gbtalk/Customer/17") { id }
              conversation(id: "gid://gladly/Conversation/C1") { id }
              chatWidget(id: "gid://gaglers/ChatWidget/42") { name }
              vendors { vendor enabled circuit lastError }
            }
            """;

    @Inject
    StoreReset store;

    private final Capture capture = new Capture();
    private final Map<String, Level> levels = new HashMap<>();

    @BeforeEach
    void captureTheLog() {
        VendorStubs.reset();
        store.clear();
        for (String category : CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            levels.put(category, logger.getLevel());
            logger.setLevel(Level.FINE);
        }
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        levels.forEach((category, level) -> Logger.getLogger(category).setLevel(level));
    }

    @Test
    void vendorsRefusingTheCredentials() {
        everyVendorAnswers(aResponse().withStatus(401).withHeader("Content-Type", "application/json"));
        List<String> responses = runEverything();
        assertThat(responses.get(0), org.hamcrest.Matchers.containsString("VENDOR_AUTH_FAILED"));
        assertNothingLeaked(responses);
    }

    @Test
    void vendorsFailing() {
        everyVendorAnswers(aResponse().withStatus(500).withHeader("Content-Type", "text/plain"));
        List<String> responses = runEverything();
        assertThat(responses.get(0), org.hamcrest.Matchers.containsString("VENDOR_UNAVAILABLE"));
        assertNothingLeaked(responses);
    }

    @Test
    void vendorsAnsweringBodiesThatAreNotJson() {
        everyVendorAnswers(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));
        List<String> responses = runEverything();
        assertThat(responses.get(0), org.hamcrest.Matchers.containsString("VENDOR_UNAVAILABLE"));
        assertNothingLeaked(responses);
    }

    /**
     * Every vendor answers every request the same way, with a body that repeats the credentials and the whole
     * request it received, as a careless vendor error page might.
     */
    private static void everyVendorAnswers(ResponseDefinitionBuilder response) {
        String echo = "token=" + VendorStubs.GBTALK_TOKEN + " key=" + VendorStubs.GBTALK_WEBHOOK_KEY
                + " auth=" + String.join(",", SECRETS) + " {{{request.headers.Authorization}}} {{{request.body}}}";
        for (WireMockServer server : new WireMockServer[] { VendorStubs.gladly(), VendorStubs.gbtalk(),
                VendorStubs.blinger(), VendorStubs.gaglers() }) {
            server.stubFor(any(anyUrl()).willReturn(response.withBody("<html>" + echo + "</html>")
                    .withTransformers("response-template")));
        }
    }

    private List<String> runEverything() {
        List<String> responses = new ArrayList<>();
        responses.add(given().contentType(ContentType.JSON).body(Map.of("query", EVERYTHING))
                .when().post("/graphql").then().statusCode(200).extract().asString());
        // The vendors query alone, after the failures have been recorded as each vendor's last error.
        responses.add(given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ vendors { vendor enabled circuit lastError } }"))
                .when().post("/graphql").then().statusCode(200).extract().asString());
        responses.add(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        responses.add(given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());

        // The test is only worth something if every vendor was called with its credentials.
        VendorStubs.gladly().verify(anyRequestedFor(anyUrl()).withHeader("Authorization", containing("Basic ")));
        VendorStubs.gbtalk().verify(anyRequestedFor(anyUrl())
                .withRequestBody(containing("token=" + VendorStubs.GBTALK_TOKEN)));
        VendorStubs.blinger().verify(anyRequestedFor(anyUrl())
                .withHeader("Authorization", equalTo(VendorStubs.BLINGER_TOKEN)));
        VendorStubs.gaglers().verify(anyRequestedFor(anyUrl())
                .withHeader("Authorization", containing(VendorStubs.GAGLERS_KEY)));
        return responses;
    }

    private void assertNothingLeaked(List<String> responses) {
        String log = capture.text();
        assertFalse(log.isEmpty(), "the log capture saw nothing");
        for (String secret : SECRETS) {
            for (String response : responses) {
                assertFalse(response.contains(secret), () -> "a response shows a secret: " + response);
            }
            assertFalse(log.contains(secret), () -> "the log shows a secret:\n" + log);
        }
        assertThat(responses, not(hasItem(org.hamcrest.Matchers.containsString("<html>"))));
        assertTrue(responses.get(1).contains("lastError"));
    }

    /** Keeps every log record, with its formatted message and stack trace, for the duration of one test. */
    private static final class Capture extends Handler {

        private final StringBuffer text = new StringBuffer();

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ').append(message)
                    .append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace).append('\n');
            }
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
