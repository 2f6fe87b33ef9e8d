package io.switchboard.graphql;

import static io.restassured.RestAssured.given;
import static io.switchboard.testing.GraphQL.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.VendorStubs;

/** What a caller can make the service do is bounded; every refusal is a GraphQL error, decided before any vendor call. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class CallerLimitsTest {

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    @Test
    void aQueryNestedDeeperThanTheLimitIsRefused() {
        // conversations > edges > node > customer > conversations > ... : four levels a round, 16 and more deep
        String open = "conversations { edges { node { customer { ".repeat(4);
        String close = "} } } } ".repeat(4);
        query("{ " + open + "id " + close + "}")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("depth"));
        noVendorWasCalled();
    }

    @Test
    void aQuerySelectingTooManyFieldsIsRefusedAliasesIncluded() {
        String aliases = IntStream.range(0, 1100).mapToObj(i -> "v" + i + ": vendors { vendor }")
                .collect(Collectors.joining(" "));
        query("{ " + aliases + " }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("complexity"));
        noVendorWasCalled();
    }

    @Test
    void aQueryWithinTheLimitsRuns() {
        query("{ a: vendors { vendor } b: vendors { enabled } }")
                .body("errors", nullValue())
                .body("data.a.size()", is(4));
    }

    @Test
    void batchedOperationsInOneRequestAreNotAccepted() {
        // one operation per request: a batch is refused whole, nothing in it runs
        given().contentType(ContentType.JSON)
                .body("[{\"query\":\"{ agents { edges { cursor } } }\"},{\"query\":\"{ vendors { vendor } }\"}]")
                .when().post("/graphql")
                .then().body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("one operation per request"));
        noVendorWasCalled();
    }

    @Test
    void anOverlongDocumentIsRefusedBeforeItIsParsedWhole() {
        String tokens = IntStream.range(0, 20_000).mapToObj(i -> "__typename").collect(Collectors.joining(" "));
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("query", "{ " + tokens + " }"))
                .when().post("/graphql")
                .then().body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("More than 15,000"));
        noVendorWasCalled();
    }

    private static void noVendorWasCalled() {
        for (Vendor vendor : Vendor.values()) {
            assertEquals(0, VendorStubs.server(vendor).getAllServeEvents().size(), vendor + " was called");
        }
    }
}
