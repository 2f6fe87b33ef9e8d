package io.switchboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Request bodies above {@code quarkus.http.limits.max-body-size} are refused before anything reads them. */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        int limit = limit();
        given().contentType(ContentType.JSON).body(padded(limit + 1))
                .when().post("/graphql")
                .then().statusCode(413);
    }

    @Test
    void aBodyJustUnderTheLimitIsServed() {
        given().contentType(ContentType.JSON).body(padded(limit() - 1))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.__typename", is("Query"));
    }

    private static int limit() {
        return (int) ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
    }

    /** A valid GraphQL request of exactly {@code size} bytes: JSON whitespace fills it up. */
    private static byte[] padded(int size) {
        String head = "{\"query\":\"{ __typename }\"";
        String tail = "}";
        String body = head + " ".repeat(size - head.length() - tail.length()) + tail;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != size) {
            throw new IllegalStateException("padding is off");
        }
        return bytes;
    }
}
