package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Schema introspection is on by default and one setting turns it off; queries keep working. */
@QuarkusTest
@TestProfile(IntrospectionOffTest.NoIntrospection.class)
class IntrospectionOffTest {

    public static class NoIntrospection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection");
        }
    }

    @Test
    void introspectionIsRefused() {
        post("{ __schema { queryType { name } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        post("{ __type(name: \"Agent\") { name } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void queriesStillWork() {
        post("{ __typename vendors { vendor } }")
                .body("errors", nullValue())
                .body("data.__typename", is("Query"))
                .body("data.vendors", hasSize(4));
    }

    private static io.restassured.response.ValidatableResponse post(String document) {
        return given().contentType(ContentType.JSON).body(Map.of("query", document))
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
