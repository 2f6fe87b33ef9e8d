package io.switchboard.graphql;

import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.VendorCalls.assertNoCalls;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.VendorStubs;

/** Bad input from a caller is refused with BAD_USER_INPUT before any vendor is called, never with a 500. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BadInputTest {

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    @Test
    void malformedIdsAreBadUserInput() {
        for (String id : new String[] { "nope", "gid://", "gid://gladly/Agent/", "gid://acme/Agent/1",
                "gid://gladly/Robot/1", "gid://gladly/Agent/a/b", "gid://gladly/Agent/%zz" }) {
            query("""
                    query($id: ID!) { agent(id: $id) { id } }
                    """, Map.of("id", id))
                    .body("data.agent", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].path", contains("agent"));
        }
        assertNoCalls(Vendor.values());
    }

    @Test
    void anIdOfTheWrongTypeIsBadUserInput() {
        query("""
                { customer(id: "gid://gladly/Agent/Ab1") { id } }
                """)
                .body("data.customer", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not a Customer"));
        assertNoCalls(Vendor.values());
    }

    @Test
    void pageSizesOutsideTheLimitAreBadUserInput() {
        query("""
                { agents(first: 101) { edges { cursor } } }
                """)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("between 0 and 100"));
        query("""
                { agents(first: -1) { edges { cursor } } }
                """)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        assertNoCalls(Vendor.values());
    }

    @Test
    void forgedCursorsAreBadUserInput() {
        for (String cursor : new String[] { "garbage", "Zm9vCmJhcg", "" }) {
            query("""
                    query($after: String) { agents(after: $after) { edges { cursor } } }
                    """, Map.of("after", cursor))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        }
        assertNoCalls(Vendor.values());
    }

    @Test
    void invalidDocumentsAndArgumentsAreBadUserInput() {
        query("{ agents(status: SLEEPING) { edges { cursor } } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query("{ agents { nonsense } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query("{ agents(")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not valid GraphQL"));
    }

    @Test
    void tooLongSearchTextIsBadUserInput() {
        query("""
                query($q: String) { customers(search: $q) { edges { cursor } } }
                """, Map.of("q", "x".repeat(201)))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        query("""
                { customers(email: "not-an-email") { edges { cursor } } }
                """)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        assertNoCalls(Vendor.values());
    }

    @Test
    void errorsNeverCarryExceptionClassNames() {
        query("""
                { agent(id: "nope") { id } }
                """)
                .body("errors[0].extensions.keySet()", everyItem(is(not("exception"))))
                .body("errors.message", not(hasItem(containsString("io.switchboard"))));
    }

    @Test
    void vendorsListsEveryVendorWithoutSecrets() {
        query("""
                { vendors { vendor enabled circuit lastError } }
                """)
                .body("data.vendors.vendor", contains("GLADLY", "GBTALK", "BLINGER", "GAGLERS"))
                .body("data.vendors.enabled", everyItem(is(true)))
                .body("toString()", not(containsString(VendorStubs.GLADLY_TOKEN)));
    }
}
