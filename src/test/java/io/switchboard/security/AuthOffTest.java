package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * With {@code switchboard.auth.enabled=false} (the test and dev profiles): no credentials are asked for or even
 * read, and every caller holds every role, so the role checks on the resolvers pass.
 */
@QuarkusTest
class AuthOffTest {

    private static final String QUERY = "{ vendors { vendor } }";

    @Test
    void noTokenIsNeeded() {
        given().contentType(ContentType.JSON).body(Map.of("query", QUERY))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.vendors", hasSize(4));
        given().when().get("/graphql/schema.graphql").then().statusCode(200);
    }

    @Test
    void aStrayAuthorizationHeaderIsNotRead() {
        for (String header : new String[] { "Bearer not-a-jwt", "Bearer " + TestTokens.expired(), "Basic Zm9vOmJhcg==" }) {
            given().header("Authorization", header).contentType(ContentType.JSON).body(Map.of("query", QUERY))
                    .when().post("/graphql")
                    .then().statusCode(200)
                    .body("errors", nullValue())
                    .body("data.vendors", hasSize(4));
        }
    }

    @Test
    void crossOriginCallsAreRefusedUnlessAnOriginIsConfigured() {
        given().header("Origin", "https://frontend.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://frontend.example").contentType(ContentType.JSON)
                .body(Map.of("query", QUERY))
                .when().post("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
