package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.testing.Awaits.WAIT;
import static io.switchboard.testing.GbTalkStubs.assertCalledOnce;
import static io.switchboard.testing.GbTalkStubs.callCount;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Attribute;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.GbTalkStubs;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.CustomerSource.CustomerQuery;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkCustomersTest {

    private static final String CUSTOMER_TYPES = "[\"visitor\",\"lead\",\"user\"]";

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
    }

    @Test
    void listCustomersMapsVisitorsLeadsAndUsersWithTheirDetails() {
        stub("get-users", "get-users-customers.json");

        Page<Customer> page = adapter.listCustomers(new CustomerQuery(null, null), null).await().atMost(WAIT);

        assertEquals(List.of("880", "802", "803"), page.items().stream().map(Customer::remoteId).toList());
        assertNull(page.nextPageToken());
        Customer visitor = page.items().get(0);
        assertEquals(CustomerType.VISITOR, visitor.type());
        assertEquals("User #29938", visitor.name());
        assertEquals(List.of(), visitor.emails());
        Customer lead = page.items().get(1);
        assertEquals(Vendor.GBTALK, lead.vendor());
        assertEquals(CustomerType.LEAD, lead.type());
        assertEquals("Don John", lead.name());
        assertEquals("Don", lead.firstName());
        assertEquals("John", lead.lastName());
        assertEquals(List.of("Don.John@example.test"), lead.emails());
        assertEquals(List.of("+4462367136"), lead.phones());
        assertEquals("https://chat.gbtalk.test/script/uploads/user.svg", lead.avatarUrl());
        assertEquals(Instant.parse("2020-05-04T10:06:30Z"), lead.createdAt());
        assertEquals(Instant.parse("2020-05-04T10:10:00Z"), lead.lastActivityAt());
        assertEquals(List.of(new Attribute("phone", "Phone", "+4462367136"),
                new Attribute("location", "Location", "New York, United States")), lead.attributes());
        assertEquals(CustomerType.USER, page.items().get(2).type());

        assertCalledOnce("get-users", "user_types", CUSTOMER_TYPES, "pagination", "0", "extra", "true");
    }

    @Test
    void listCustomersSendsTheSearchText() {
        stub("get-users", "get-users-customers.json");

        Page<Customer> page = adapter.listCustomers(new CustomerQuery("  don ", null), null).await().atMost(WAIT);

        assertEquals(3, page.items().size());
        assertCalledOnce("get-users", "user_types", CUSTOMER_TYPES, "pagination", "0", "search", "don", "extra",
                "true");
    }

    @Test
    void listCustomersByEmailKeepsOnlyExactMatchesIgnoringCase() {
        stub("get-users", "get-users-customers.json");

        Page<Customer> page = adapter.listCustomers(new CustomerQuery(null, "don.john@EXAMPLE.test"), null)
                .await().atMost(WAIT);

        assertEquals(List.of("802"), page.items().stream().map(Customer::remoteId).toList());
        assertCalledOnce("get-users", "user_types", CUSTOMER_TYPES, "pagination", "0", "search",
                "don.john@EXAMPLE.test", "extra", "true");
    }

    @Test
    void listCustomersPagesOnAFullPageAndStopsOnAShortOne() {
        stub(function("get-users").withFormParam("pagination", equalTo("0")),
                json(200, GbTalkStubs.success(GbTalkAdapter.PAGE_SIZE, i -> customerRow(2000 + i))));
        stub(function("get-users").withFormParam("pagination", equalTo("1")), file(
                "get-users-customers.json"));

        Page<Customer> first = adapter.listCustomers(new CustomerQuery(null, null), null).await().atMost(WAIT);
        assertEquals(100, first.items().size());
        assertEquals("1", first.nextPageToken());
        Page<Customer> second = adapter.listCustomers(new CustomerQuery(null, null), "1").await().atMost(WAIT);
        assertEquals(3, second.items().size());
        assertNull(second.nextPageToken());

        assertEquals(List.of(
                form("get-users", "user_types", CUSTOMER_TYPES, "pagination", "0", "extra", "true"),
                form("get-users", "user_types", CUSTOMER_TYPES, "pagination", "1", "extra", "true")),
                calls("get-users"));
    }

    @Test
    void getCustomersAsksOnceWithDetailsAndLeavesOutAgentsAndUnknownIds() {
        stub("get-users", "get-users-by-ids-customers.json");

        Map<String, Customer> customers = adapter.getCustomers(Set.of("802", "880", "12", "4040")).await()
                .atMost(WAIT);

        assertEquals(Set.of("802", "880"), customers.keySet());
        Customer lead = customers.get("802");
        assertEquals(List.of("don.john@example.test"), lead.emails());
        assertEquals(List.of("+4462367136"), lead.phones());
        assertEquals(List.of(new Attribute("phone", "Phone", "+4462367136"),
                new Attribute("location", "Location", "New York, United States"),
                new Attribute("country_code", "Country code", "America/New_York")), lead.attributes());
        assertEquals(List.of(), customers.get("880").attributes());
        assertCalledOnce("get-users", "user_ids", "[\"12\",\"4040\",\"802\",\"880\"]", "extra", "true");
    }

    @Test
    void getCustomersWithoutAnIdGbTalkCouldHaveIssuedCallsNothing() {
        assertEquals(Map.of(), adapter.getCustomers(Set.of("don@example.test")).await().atMost(WAIT));
        assertEquals(0, callCount());
    }

    @Test
    void listCustomerConversationsKnowsTheCustomerOfEveryRow() {
        stub("get-user-conversations", "get-user-conversations-customer.json");
        stub("get-agents-in-conversation", "get-agents-in-conversation.json");

        Page<Conversation> page = adapter.listCustomerConversations("802", null).await().atMost(WAIT);

        assertEquals(List.of("995", "990"), page.items().stream().map(Conversation::remoteId).toList());
        assertEquals(List.of("802", "802"), page.items().stream().map(Conversation::customerRemoteId).toList());
        Conversation answered = page.items().get(0);
        assertEquals("377", answered.lastMessage().authorRemoteId());
        assertEquals(AuthorRole.AGENT, answered.lastMessage().authorRole());
        assertEquals(AuthorRole.CUSTOMER, page.items().get(1).lastMessage().authorRole());
        assertCalledOnce("get-user-conversations", "user_id", "802");
        assertCalledOnce("get-agents-in-conversation", "conversation_id", "[\"995\",\"990\"]");
    }

    private static Map<String, Object> customerRow(int id) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(id));
        row.put("first_name", "User");
        row.put("last_name", "#" + id);
        row.put("email", null);
        row.put("profile_image", "https://chat.gbtalk.test/script/uploads/user.svg");
        row.put("user_type", "visitor");
        row.put("creation_time", "2020-05-13 08:58:18");
        row.put("last_activity", "2020-05-13 09:07:39");
        row.put("department", null);
        row.put("token", "1111111111111111111111111111111111111111");
        row.put("details", List.of());
        return row;
    }
}
