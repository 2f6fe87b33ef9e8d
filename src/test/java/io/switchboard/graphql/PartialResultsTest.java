package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static io.switchboard.testing.VendorCalls.resetRequestJournals;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.store.CachedListPage;
import io.switchboard.store.CachedObject;
import io.switchboard.store.StoreFills;
import io.switchboard.store.StoreGeneration;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * A cross-vendor list answers with the healthy vendors' data and one error per failing vendor; a vendor that fails
 * while the store holds an expired copy is served from that copy, flagged in the {@code stale} extension.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class PartialResultsTest extends EndToEndTestSupport {

    private static final String AGENTS = """
            { agents { edges { node { id vendor } } pageInfo { hasNextPage } } }
            """;

    private static final List<String> GLADLY_AGENTS = List.of("gid://gladly/Agent/Vb7Qm2LxS0eYt1uNcRkP4w",
            "gid://gladly/Agent/WmeA3Y51Q5ayCAaZ1AotIA", "gid://gladly/Agent/Kq2Lm8NpR4sT6uVwX0yZ1a");
    private static final List<String> GBTALK_AGENTS = List.of("gid://gbtalk/Agent/15", "gid://gbtalk/Agent/12",
            "gid://gbtalk/Agent/9");
    private static final List<String> BLINGER_AGENTS = List.of(
            "gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721",
            "gid://blinger/Agent/c671d030-584e-4422-8710-9215c04b6a64",
            "gid://blinger/Agent/e0d1c2b3-a4f5-4e6d-8c7b-9a0f1e2d3c4b");

    /** Every vendor that lists agents answers with its fixture; a test replaces the answer of the vendor it fails. */
    @BeforeEach
    void stubAgentLists() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/agents")).willReturn(file("agents.json")));
        stub(function("get-users"), file("get-users-agents.json"));
        stub(function("get-online-users"), file("get-online-users-agents.json"));
        stubBlingerAgents(file("agents.json"));
    }

    // ------------------------------------------------------------------ one error per failing vendor

    @Test
    void blingerFailingLeavesTheOtherVendorsAgentsAndOneUnavailableError() {
        stubBlingerAgents(aResponse().withStatus(500));

        query(AGENTS)
                .body("data.agents.edges.node.id", contains(concat(GLADLY_AGENTS, GBTALK_AGENTS).toArray()))
                .body("data.agents.pageInfo.hasNextPage", is(false))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].path", contains("agents"));
    }

    @Test
    void blingerRefusingTheTokenIsAnAuthError() {
        stubBlingerAgents(aResponse().withStatus(401));

        query(AGENTS)
                .body("data.agents.edges.node.id", contains(concat(GLADLY_AGENTS, GBTALK_AGENTS).toArray()))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_AUTH_FAILED"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].path", contains("agents"));
    }

    @Test
    void twoVendorsFailingGiveTwoErrors() {
        stubBlingerAgents(aResponse().withStatus(503));
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/agents")).willReturn(aResponse().withStatus(401)));

        query(AGENTS)
                .body("data.agents.edges.node.id", contains(GBTALK_AGENTS.toArray()))
                .body("errors.size()", is(2))
                .body("errors.extensions.vendor", containsInAnyOrder("GLADLY", "BLINGER"))
                .body("errors.find { it.extensions.vendor == 'GLADLY' }.extensions.code", is("VENDOR_AUTH_FAILED"))
                .body("errors.find { it.extensions.vendor == 'BLINGER' }.extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors.path", everyItem(contains("agents")));
    }

    @Test
    void gladlyAnsweringMalformedJsonIsUnavailable() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/agents"))
                .willReturn(json(200, "[{\"id\": \"Vb7Qm2Lx")));

        query(AGENTS)
                .body("data.agents.edges.node.id", contains(concat(GBTALK_AGENTS, BLINGER_AGENTS).toArray()))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].path", contains("agents"));
    }

    @Test
    void gbTalkRefusingTheTokenIsAnAuthError() {
        stub(function("get-users"), aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("""
                        {"status": "error", "response": "invalid-token", "message": "Invalid token."}
                        """));

        query(AGENTS)
                .body("data.agents.edges.node.id", contains(concat(GLADLY_AGENTS, BLINGER_AGENTS).toArray()))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_AUTH_FAILED"))
                .body("errors[0].extensions.vendor", is("GBTALK"));
    }

    @Test
    void customersSurviveGbTalkFailing() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles"))
                .willReturn(file("customer-profiles-search.json")));
        stub(function("get-users"), aResponse().withStatus(502));

        query("""
                { customers(email: "priya.raman@example.org") { edges { node { id } } } }
                """)
                .body("data.customers.edges.node.id", contains("gid://gladly/Customer/cst-20240311-0042",
                        "gid://gladly/Customer/Qm3vT8kLSx2bN0pRwY7aZg"))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("customers"));
    }

    @Test
    void aFailingNestedListLeavesItsParentStanding() {
        stub(function("get-users"), file("get-users-by-ids-agents.json"));
        stub(function("get-user-conversations"), aResponse().withStatus(500));

        query("""
                { agent(id: "gid://gbtalk/Agent/12") { name conversations { edges { cursor } } } }
                """)
                .body("data.agent.name", is("Bruce Peterson"))
                .body("data.agent.conversations.edges.size()", is(0))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("agent", "conversations"));
    }

    @Test
    void aWidgetsOperatorsFailingLeaveTheWidgetStanding() {
        VendorStubs.gaglers().stubFor(get(urlPathEqualTo("/api/v1/topic/1/")).willReturn(file("topic-1.json")));
        VendorStubs.gaglers().stubFor(get(urlPathEqualTo("/api/v1/user/573/")).willReturn(aResponse().withStatus(403)));

        query("""
                { chatWidget(id: "gid://gaglers/ChatWidget/1") { name operators { id } } }
                """)
                .body("data.chatWidget.name", is("HindiPoems"))
                .body("data.chatWidget.operators.size()", is(0))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_AUTH_FAILED"))
                .body("errors[0].extensions.vendor", is("GAGLERS"))
                .body("errors[0].path", contains("chatWidget", "operators"));
    }

    // ------------------------------------------------------------------ stale copies

    @Test
    void anExpiredListIsServedStaleWhileItsVendorFails() {
        query(AGENTS).body("errors", nullValue());
        age(Vendor.BLINGER, Duration.ofMinutes(10));
        stubBlingerAgents(aResponse().withStatus(500));
        resetRequestJournals();

        query(AGENTS)
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains(
                        concat(concat(GLADLY_AGENTS, GBTALK_AGENTS), BLINGER_AGENTS).toArray()))
                .body("extensions.stale.size()", is(1))
                .body("extensions.stale[0].vendor", is("BLINGER"))
                .body("extensions.stale[0].ageSeconds", allOf(greaterThanOrEqualTo(600), lessThan(660)));

        // the expired copy made Switchboard ask Blinger again (a read: once and two retries of the 500); the fresh
        // ones asked nobody
        VendorStubs.blinger().verify(3, getRequestedFor(urlPathEqualTo("/api/external/v1/agents")));
        assertEquals(0, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(0, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void anExpiredAgentIsServedStaleWhileItsVendorFails() {
        String vadim = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents/" + vadim))
                .willReturn(file("agent.json")));
        String document = "{ agent(id: \"gid://blinger/Agent/" + vadim + "\") { name status } }";
        query(document).body("errors", nullValue());
        age(Vendor.BLINGER, Duration.ofMinutes(30));
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents/" + vadim))
                .willReturn(aResponse().withStatus(503)));

        query(document)
                .body("errors", nullValue())
                .body("data.agent.name", is("Vadim Belorusov"))
                .body("data.agent.status", is("ONLINE"))
                .body("extensions.stale[0].vendor", is("BLINGER"))
                .body("extensions.stale[0].ageSeconds", allOf(greaterThanOrEqualTo(1800), lessThan(1860)));
    }

    @Test
    void aCopyOlderThanStaleForIsNotServed() {
        query(AGENTS).body("errors", nullValue());
        age(Vendor.BLINGER, Duration.ofHours(25));
        stubBlingerAgents(aResponse().withStatus(500));

        query(AGENTS)
                .body("data.agents.edges.node.id", contains(concat(GLADLY_AGENTS, GBTALK_AGENTS).toArray()))
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("extensions.stale", nullValue());
    }

    @Test
    void aFreshCopyNeedsNoStaleFlagEvenWhileTheVendorFails() {
        query(AGENTS).body("errors", nullValue());
        stubBlingerAgents(aResponse().withStatus(500));
        resetRequestJournals();

        query(AGENTS)
                .body("errors", nullValue())
                .body("extensions.stale", nullValue())
                .body("data.agents.edges.node.id", contains(
                        concat(concat(GLADLY_AGENTS, GBTALK_AGENTS), BLINGER_AGENTS).toArray()));
        VendorStubs.blinger().verify(0, anyRequestedFor(anyUrl()));
    }

    // ------------------------------------------------------------------ helpers

    /** Replaces Blinger's answer to the agent list (WireMock prefers the stub added last). */
    private static void stubBlingerAgents(ResponseDefinitionBuilder answer) {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents")).willReturn(answer));
    }

    /**
     * Makes everything the store holds from a vendor look fetched that long ago, and moves the store generation on,
     * as every writer of the store does, so that no answer made from the younger copies is replayed.
     */
    private static void age(Vendor vendor, Duration age) {
        Instant fetchedAt = Instant.now().minus(age);
        StoreFills fills = Arc.container().instance(StoreFills.class).get();
        fills.await(); // the copies the last answer brought are stored
        fills.forgetWritten(); // and are written again when next fetched, aged or not
        QuarkusTransaction.requiringNew().run(() -> {
            CachedListPage.update("fetchedAt = ?1 where vendor = ?2", fetchedAt, vendor.key());
            CachedObject.update("fetchedAt = ?1 where vendor = ?2", fetchedAt, vendor.key());
            Arc.container().instance(StoreGeneration.class).get().advance();
        });
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
