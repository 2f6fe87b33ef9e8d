package io.switchboard.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.switchboard.testing.ResponseCacheHits;
import io.switchboard.testing.StoreReset;
import io.switchboard.testing.VendorStubs;

/**
 * With {@code switchboard.auth.enabled}: who gets through to the GraphQL API, who is refused with which code, and
 * what stays open for probes and scrapers.
 */
@QuarkusTest
@TestProfile(AuthOnProfile.class)
@QuarkusTestResource(VendorStubs.class)
class AuthTest {

    private static final String VADIM = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String BLINGER_AGENT = "/api/external/v1/agents/" + VADIM;
    /** What a caller without a token is told; a bad token gets exactly the same, so it learns nothing. */
    private static final String MISSING_TOKEN_MESSAGE = "A valid bearer token is required (Authorization: Bearer <JWT>)";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    StoreReset storeReset;

    @BeforeEach
    void resetStubsAndStore() {
        VendorStubs.reset();
        // the in-memory store outlives a test class: a copy another class left must not answer for Blinger here
        storeReset.clear();
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENT)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBodyFile("agent.json")));
    }

    @Test
    void aRequestWithoutTokenIsUnauthenticated() {
        post(null, "{ vendors { vendor } }")
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType(containsString("json"))
                .body("$", not(hasKey("data")))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("errors[0]", not(hasKey("locations")))
                .body("errors[0].message", is(MISSING_TOKEN_MESSAGE));
        given().queryParam("query", "{ vendors { vendor } }")
                .when().get("/graphql")
                .then().statusCode(401)
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
    }

    @Test
    void badTokensAreUnauthenticatedAlike() {
        Map<String, String> tokens = Map.of(
                "malformed", "not-a-jwt",
                "expired", TestTokens.expired(),
                "foreign issuer", TestTokens.fromIssuer("https://elsewhere.example"),
                "foreign key", TestTokens.signedWithAnotherKey(),
                "unsigned", TestTokens.unsigned());
        tokens.forEach((kind, token) -> post(token, "{ vendors { vendor } }")
                .statusCode(401)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("errors[0].message", is(MISSING_TOKEN_MESSAGE)));
        VendorStubs.blinger().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theSchemaAndOtherSpellingsOfThePathNeedATokenToo() {
        given().when().get("/graphql/schema.graphql").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups(Roles.VIEWER))
                .when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Query"));
        for (String path : new String[] { "//graphql", "/graphql/", "/q/../graphql" }) {
            given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                    .body(Map.of("query", "{ vendors { vendor } }"))
                    .when().post(path)
                    .then().statusCode(not(is(200)));
        }
    }

    @Test
    void aViewerCanQuery() {
        post(TestTokens.withGroups(Roles.VIEWER), """
                { vendors { vendor enabled } agent(id: "gid://blinger/Agent/%s") { id name } }
                """.formatted(VADIM))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.vendors", hasSize(4))
                .body("data.agent.name", is("Vadim Belorusov"));
        VendorStubs.blinger().verify(1, getRequestedFor(urlEqualTo(BLINGER_AGENT)));
    }

    @Test
    void aCachedAnswerIsReplayedOnlyToAuthenticatedCallersWithTheSameRoles() {
        String query = "{ agent(id: \"gid://blinger/Agent/%s\") { id name } }".formatted(VADIM);
        String viewer = TestTokens.withGroups(Roles.VIEWER);
        String admin = TestTokens.withGroups(Roles.ADMIN);
        double hits = ResponseCacheHits.count();

        post(viewer, query).statusCode(200).body("data.agent.name", is("Vadim Belorusov"));
        post(viewer, query).statusCode(200).body("data.agent.name", is("Vadim Belorusov"));
        assertEquals(hits + 1, ResponseCacheHits.count());

        post(null, query).statusCode(401).body("$", not(hasKey("data")));
        post("not-a-jwt", query).statusCode(401).body("$", not(hasKey("data")));
        post(admin, query).statusCode(200).body("data.agent.name", is("Vadim Belorusov"));
        assertEquals(hits + 1, ResponseCacheHits.count(), "other roles run the query themselves");
        post(admin, query).statusCode(200);
        assertEquals(hits + 2, ResponseCacheHits.count());
    }

    @Test
    void higherRolesIncludeTheViewer() {
        for (String role : new String[] { Roles.AGENT, Roles.ADMIN }) {
            post(TestTokens.withGroups(role), "{ vendors { vendor } }")
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.vendors", hasSize(4));
        }
    }

    @Test
    void writesNeedTheAgentOrAdminRole() {
        String sendMessage = """
                mutation { sendMessage(input: { conversationId: "gid://gbtalk/Conversation/946", body: "Hello" }) { id } }
                """;
        String createAgent = """
                mutation { createAgent(input: { vendor: BLINGER, name: "Mia" }) { id } }
                """;
        post(TestTokens.withGroups(Roles.VIEWER), sendMessage).statusCode(200)
                .body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].path", contains("sendMessage"));
        post(TestTokens.withGroups(Roles.AGENT), createAgent).statusCode(200)
                .body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].path", contains("createAgent"));
        // neither write reached a vendor
        VendorStubs.gbtalk().verify(0, anyRequestedFor(anyUrl()));
        VendorStubs.blinger().verify(0, anyRequestedFor(anyUrl()));

        // an admin gets past the role check to the vendor (whose stub here has no such call)
        post(TestTokens.withGroups(Roles.ADMIN), createAgent).statusCode(200)
                .body("errors[0].extensions.code", not(is("FORBIDDEN")));
        VendorStubs.blinger().verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCallerWithoutRoleIsForbiddenThatFieldOnly() {
        for (String token : new String[] { TestTokens.withGroups(), TestTokens.withGroups("support-superuser") }) {
            post(token, """
                    { __typename agent(id: "gid://blinger/Agent/%s") { id } }
                    """.formatted(VADIM))
                    .statusCode(200)
                    .body("data.__typename", is("Query"))
                    .body("data.agent", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", is("FORBIDDEN"))
                    .body("errors[0].path", contains("agent"));
        }
        // The resolver never ran.
        VendorStubs.blinger().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/started").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        // A scraper's or proxy's token for something else does not fail a probe.
        given().auth().oauth2("not-a-jwt").when().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(TestTokens.expired()).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void theWebSocketNeedsATokenToo() throws Exception {
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        HttpClient client = HttpClient.newHttpClient();
        CompletionException refused = assertThrows(CompletionException.class, () -> client.newWebSocketBuilder()
                .subprotocols("graphql-transport-ws").buildAsync(ws, new WebSocket.Listener() {
                }).join());
        WebSocketHandshakeException handshake = (WebSocketHandshakeException) refused.getCause();
        assertEquals(401, handshake.getResponse().statusCode());

        WebSocket accepted = client.newWebSocketBuilder()
                .header("Authorization", "Bearer " + TestTokens.withGroups(Roles.VIEWER))
                .subprotocols("graphql-transport-ws").buildAsync(ws, new WebSocket.Listener() {
                }).get(5, TimeUnit.SECONDS);
        assertNotNull(accepted);
        assertEquals("graphql-transport-ws", accepted.getSubprotocol());
        accepted.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    @Test
    void onlyTheConfiguredOriginMayCallCrossOrigin() {
        preflight(AuthOnProfile.FRONTEND_ORIGIN)
                .header("Access-Control-Allow-Origin", is(AuthOnProfile.FRONTEND_ORIGIN));
        preflight("https://evil.example")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private static ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/graphql")
                .then();
    }

    private static ValidatableResponse post(String token, String document) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", document));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }
}
