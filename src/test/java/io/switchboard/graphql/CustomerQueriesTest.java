package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.callOf;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static io.switchboard.testing.VendorCalls.assertNoCalls;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

/**
 * {@code customers}, {@code customer(id:)} and {@code Customer.conversations} end to end: GB Talk lists and searches
 * its visitors, leads and users; Gladly finds profiles only by email or phone.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class CustomerQueriesTest extends EndToEndTestSupport {

    private static final String CUSTOMER_TYPES = "[\"visitor\",\"lead\",\"user\"]";

    private static final String PRIYA_ID = "cst-20240311-0042";
    private static final String PRIYA = "gid://gladly/Customer/" + PRIYA_ID;
    private static final String DANA = "gid://gladly/Customer/Qm3vT8kLSx2bN0pRwY7aZg";
    private static final String VISITOR = "gid://gbtalk/Customer/880";
    private static final String DON = "gid://gbtalk/Customer/802";
    private static final String DONNA = "gid://gbtalk/Customer/803";

    private static final String CUSTOMER_FIELDS = """
            id vendor remoteId name firstName lastName emails phones avatarUrl type createdAt lastActivityAt
            attributes { key label value }
            """;

    // ------------------------------------------------------------------ customers

    @Test
    void freeTextSearchListsGbTalkCustomersAndLeavesGladlyOutQuietly() {
        stub(function("get-users"), file("get-users-customers.json"));

        query("""
                { customers(search: "john") { edges { node { %s } } pageInfo { hasNextPage } } }
                """.formatted(CUSTOMER_FIELDS))
                .body("errors", nullValue())
                .body("data.customers.edges.node.id", contains(VISITOR, DON, DONNA))
                .body("data.customers.edges.node.type", contains("VISITOR", "LEAD", "USER"))
                .body("data.customers.pageInfo.hasNextPage", is(false))
                .body("data.customers.edges[0].node.name", is("User #29938"))
                .body("data.customers.edges[0].node.emails", empty())
                .body("data.customers.edges[1].node.name", is("Don John"))
                .body("data.customers.edges[1].node.emails", contains("Don.John@example.test"))
                .body("data.customers.edges[1].node.phones", contains("+4462367136"))
                .body("data.customers.edges[1].node.attributes.key", contains("phone", "location"))
                .body("data.customers.edges[1].node.lastActivityAt", is("2020-05-04T10:10:00Z"));

        VendorStubs.gbtalk().verify(1, callOf("get-users")
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN))
                .withFormParam("user_types", equalTo(CUSTOMER_TYPES))
                .withFormParam("pagination", equalTo("0"))
                .withFormParam("search", equalTo("john"))
                .withFormParam("extra", equalTo("true")));
        VendorStubs.gladly().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anEmailFindsGladlyProfilesFirstAndExactGbTalkMatches() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles"))
                .willReturn(file("customer-profiles-search.json")));
        stub(function("get-users"), file("get-users-customers.json"));

        query("""
                { customers(email: "don.john@example.test") { edges { node { id vendor } } } }
                """)
                .body("errors", nullValue())
                // GB Talk's search also matched don.john@example.test.uk (803) and the visitor: only 802 is exact
                .body("data.customers.edges.node.id", contains(PRIYA, DANA, DON))
                .body("data.customers.edges.node.vendor", contains("GLADLY", "GLADLY", "GBTALK"));

        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/customer-profiles"))
                .withQueryParam("email", equalTo("don.john@example.test"))
                .withoutQueryParam("phoneNumber")
                .withHeader("Authorization", equalTo(VendorAuth.GLADLY)));
        VendorStubs.gbtalk().verify(1, callOf("get-users")
                .withFormParam("search", equalTo("don.john@example.test")));
    }

    @Test
    void anEmailAsSearchTextSearchesGladlyByEmail() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles"))
                .willReturn(file("customer-profiles-search.json")));
        stub(function("get-users"), json(200, "{\"success\": true, \"response\": []}"));

        query("""
                { customers(search: "priya.raman@example.org") { edges { node { id emails phones } } } }
                """)
                .body("errors", nullValue())
                .body("data.customers.edges.node.id", contains(PRIYA, DANA))
                .body("data.customers.edges[0].node.emails", contains("priya.raman@example.org"))
                .body("data.customers.edges[0].node.phones", contains("+15035550142"));

        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/customer-profiles"))
                .withQueryParam("email", equalTo("priya.raman@example.org")).withoutQueryParam("phoneNumber"));
    }

    @Test
    void aPhoneNumberAsSearchTextSearchesGladlyByPhoneInE164() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles"))
                .willReturn(file("customer-profiles-search.json")));
        stub(function("get-users"), json(200, "{\"success\": true, \"response\": []}"));

        query("""
                { customers(search: "(503) 555-0142") { edges { node { id } } } }
                """)
                .body("errors", nullValue())
                .body("data.customers.edges.node.id", contains(PRIYA, DANA));

        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/customer-profiles"))
                .withQueryParam("phoneNumber", equalTo("+15035550142")).withoutQueryParam("email")
                .withHeader("Authorization", equalTo(VendorAuth.GLADLY)));
        VendorStubs.gbtalk().verify(1, callOf("get-users").withFormParam("search", equalTo("(503) 555-0142")));
    }

    @Test
    void freeTextForGladlyAloneIsUnsupportedByTheVendor() {
        query("""
                { customers(vendor: GLADLY, search: "john") { edges { node { id } } pageInfo { hasNextPage } } }
                """)
                .body("data.customers.edges", empty())
                .body("data.customers.pageInfo.hasNextPage", is(false))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].path", contains("customers"));

        assertNoCalls(Vendor.values());
    }

    @Test
    void aSecondIdenticalSearchWithinTheTtlCallsNoVendor() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles"))
                .willReturn(file("customer-profiles-search.json")));
        stub(function("get-users"), file("get-users-customers.json"));
        String document = """
                { customers(email: "don.john@example.test") { edges { cursor node { %s } } } }
                """.formatted(CUSTOMER_FIELDS);
        Object first = query(document).body("errors", nullValue()).extract().path("data");
        VendorStubs.gladly().resetRequests();
        VendorStubs.gbtalk().resetRequests();

        Object second = query(document).body("errors", nullValue()).extract().path("data");

        assertEquals(first, second);
        assertNoCalls(Vendor.values());
    }

    // ------------------------------------------------------------------ customer(id:)

    @Test
    void aGbTalkCustomerByIdHasEveryDetail() {
        stub(function("get-users"), file("get-users-by-ids-customers.json"));

        query("""
                query($id: ID!) { customer(id: $id) { %s } }
                """.formatted(CUSTOMER_FIELDS), Map.of("id", DON))
                .body("errors", nullValue())
                .body("data.customer.id", is(DON))
                .body("data.customer.vendor", is("GBTALK"))
                .body("data.customer.remoteId", is("802"))
                .body("data.customer.name", is("Don John"))
                .body("data.customer.firstName", is("Don"))
                .body("data.customer.lastName", is("John"))
                .body("data.customer.emails", contains("don.john@example.test"))
                .body("data.customer.phones", contains("+4462367136"))
                .body("data.customer.avatarUrl", is("https://chat.gbtalk.test/script/uploads/user.svg"))
                .body("data.customer.type", is("LEAD"))
                .body("data.customer.createdAt", is("2020-05-04T10:06:30Z"))
                .body("data.customer.lastActivityAt", is("2020-05-04T10:10:00Z"))
                .body("data.customer.attributes", contains(
                        Map.of("key", "phone", "label", "Phone", "value", "+4462367136"),
                        Map.of("key", "location", "label", "Location", "value", "New York, United States"),
                        Map.of("key", "country_code", "label", "Country code", "value", "America/New_York")));

        VendorStubs.gbtalk().verify(1, callOf("get-users")
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN))
                .withFormParam("user_ids", equalTo("[\"802\"]"))
                .withFormParam("extra", equalTo("true")));
    }

    @Test
    void aGladlyCustomerByIdHasEveryDetail() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles/" + PRIYA_ID))
                .willReturn(file("customer-profile.json")));

        query("""
                query($id: ID!) { customer(id: $id) { %s } }
                """.formatted(CUSTOMER_FIELDS), Map.of("id", PRIYA))
                .body("errors", nullValue())
                .body("data.customer.vendor", is("GLADLY"))
                .body("data.customer.remoteId", is(PRIYA_ID))
                .body("data.customer.name", is("Priya Raman"))
                .body("data.customer.firstName", is("Priya"))
                .body("data.customer.lastName", is("Raman"))
                .body("data.customer.emails", contains("priya.raman@example.org", "P.Raman@Work.Example.com"))
                .body("data.customer.phones", contains("+15035550142", "+15035550199"))
                .body("data.customer.avatarUrl", is("https://cdn.acme-outdoor.com/avatars/priya-raman.png"))
                .body("data.customer.type", is("USER"))
                .body("data.customer.createdAt", is("2024-03-11T17:02:44.512Z"))
                .body("data.customer.lastActivityAt", is("2024-03-12T08:15:03.004Z"))
                .body("data.customer.attributes", contains(
                        Map.of("key", "loyaltyTier", "label", "loyaltyTier", "value", "silver"),
                        Map.of("key", "memberNumber", "label", "memberNumber", "value", "M-55102")));

        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/customer-profiles/" + PRIYA_ID))
                .withHeader("Authorization", equalTo(VendorAuth.GLADLY)));
    }

    @Test
    void aMergedGladlyCustomerIsFoundUnderItsNewId() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles/cst-20230101-0007"))
                .willReturn(aResponse().withStatus(301).withHeader("Content-Type", "application/json")
                        .withBodyFile("customer-moved.json")));
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles/" + PRIYA_ID))
                .willReturn(file("customer-profile.json")));

        query("""
                { customer(id: "gid://gladly/Customer/cst-20230101-0007") { id remoteId name } }
                """)
                .body("errors", nullValue())
                .body("data.customer.id", is(PRIYA))
                .body("data.customer.remoteId", is(PRIYA_ID))
                .body("data.customer.name", is("Priya Raman"));
    }

    @Test
    void aCustomerTheVendorDoesNotKnowIsNullWithNotFound() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles/cst-unknown"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBodyFile("error-404-object.json")));
        stub(function("get-users"), json(200, "{\"success\": true, \"response\": []}"));

        Map.of("gid://gladly/Customer/cst-unknown", "GLADLY", "gid://gbtalk/Customer/4040", "GBTALK")
                .forEach((id, vendor) -> query("""
                        query($id: ID!) { customer(id: $id) { id } }
                        """, Map.of("id", id))
                        .body("data.customer", nullValue())
                        .body("errors.size()", is(1))
                        .body("errors[0].extensions.code", is("NOT_FOUND"))
                        .body("errors[0].extensions.vendor", is(vendor))
                        .body("errors[0].path", contains("customer")));
    }

    // ------------------------------------------------------------------ Customer.conversations

    @Test
    void aGbTalkCustomersConversationsComeFromGetUserConversations() {
        stub(function("get-users"), file("get-users-by-ids-customers.json"));
        stub(function("get-user-conversations"), file("get-user-conversations-customer.json"));
        stub(function("get-agents-in-conversation"), json(200, "{\"success\": true, \"response\": {}}"));

        query("""
                query($id: ID!) {
                  customer(id: $id) {
                    name
                    conversations { edges { node { id status } } pageInfo { hasNextPage } }
                  }
                }
                """, Map.of("id", DON))
                .body("errors", nullValue())
                .body("data.customer.name", is("Don John"))
                .body("data.customer.conversations.edges.node.id",
                        contains("gid://gbtalk/Conversation/995", "gid://gbtalk/Conversation/990"))
                .body("data.customer.conversations.edges.node.status", contains("CLOSED", "WAITING_ON_AGENT"))
                .body("data.customer.conversations.pageInfo.hasNextPage", is(false));

        VendorStubs.gbtalk().verify(1, callOf("get-user-conversations")
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN))
                .withFormParam("user_id", equalTo("802"))
                .withoutFormParam("agents"));
    }

    @Test
    void aGladlyCustomersConversationsComeFromGladly() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles/" + PRIYA_ID))
                .willReturn(file("customer-profile.json")));
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customers/" + PRIYA_ID + "/conversations"))
                .willReturn(file("customer-conversations.json")));

        query("""
                query($id: ID!) {
                  customer(id: $id) { conversations { edges { node { id status topics } } totalCount } }
                }
                """, Map.of("id", PRIYA))
                .body("errors", nullValue())
                .body("data.customer.conversations.edges.node.id", contains(
                        "gid://gladly/Conversation/Cv0aZ9yXWb8vU7tS6rQ5pO",
                        "gid://gladly/Conversation/Cv3nP0qRTa6mW2yZk8LdHg"))
                .body("data.customer.conversations.edges.node.status", contains("CLOSED", "WAITING_ON_CUSTOMER"))
                .body("data.customer.conversations.edges[1].node.topics",
                        contains("Tp1aB2cD3eF4gH5iJ6kL7m", "Tp8nO9pQ0rS1tU2vW3xY4z"))
                .body("data.customer.conversations.totalCount", is(2));

        VendorStubs.gladly().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/customers/" + PRIYA_ID
                + "/conversations")).withHeader("Authorization", equalTo(VendorAuth.GLADLY)));
    }

    // ------------------------------------------------------------------ helpers
}
