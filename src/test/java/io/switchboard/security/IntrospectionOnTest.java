package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Schema introspection is a first-class use of the API: it is on unless turned off. */
@QuarkusTest
class IntrospectionOnTest {

    @Test
    void introspectionAnswers() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __schema { queryType { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", is("Query"));
    }
}
