package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.store.CacheStore;
import io.switchboard.store.StoreFills;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * With caching off ({@code switchboard.cache.ttl=PT0S}) every read asks the vendor and stores what it answered, and
 * the store is read only when a vendor fails: then an older copy bridges the outage as it does with caching on.
 */
@QuarkusTest
@TestProfile(CacheOffTest.CacheOff.class)
@QuarkusTestResource(VendorStubs.class)
class CacheOffTest extends EndToEndTestSupport {

    public static class CacheOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.cache.ttl", "PT0S");
        }
    }

    private static final String AGENTS_PATH = "/api/external/v1/agents";
    private static final String VADIM = "5475272c-3bc0-40e9-83c4-0a1cd50bc721";
    private static final String BLINGER_AGENTS = """
            { agents(vendor: BLINGER) { edges { node { id } } } }
            """;
    private static final String ONE_AGENT = """
            { agent(id: "gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721") { name } }
            """;

    /** The real store, counting the reads and writes it is asked for. */
    static class CountingStore extends CacheStore {

        private final CacheStore store;
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        CountingStore(CacheStore store) {
            this.store = store;
        }

        @Override
        public <T> Map<String, Cached<T>> findMany(Vendor vendor, String type, Collection<String> ids, Class<T> t) {
            reads.incrementAndGet();
            return store.findMany(vendor, type, ids, t);
        }

        @Override
        public Optional<CachedPage> findPage(Vendor vendor, String listKey, String pageToken) {
            reads.incrementAndGet();
            return store.findPage(vendor, listKey, pageToken);
        }

        @Override
        public void putFills(Collection<? extends VendorObject> objects, List<StoreFills.PageFill> pages) {
            writes.incrementAndGet();
            store.putFills(objects, pages);
        }
    }

    @Inject
    CacheStore cacheStore;

    @Inject
    StoreFills fills;

    CountingStore store;

    @BeforeEach
    void countStoreCalls() {
        store = new CountingStore(ClientProxy.unwrap(cacheStore));
        QuarkusMock.installMockForType(store, CacheStore.class);
        stubBlingerAgents(file("agents.json"));
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(AGENTS_PATH + "/" + VADIM)).willReturn(file("agent.json")));
    }

    @Test
    void everyListReadAsksTheVendorAndStoresTheAnswerWithoutReadingTheStore() {
        for (int i = 0; i < 2; i++) {
            query(BLINGER_AGENTS)
                    .body("errors", nullValue())
                    .body("data.agents.edges.node.id", contains("gid://blinger/Agent/" + VADIM,
                            "gid://blinger/Agent/c671d030-584e-4422-8710-9215c04b6a64",
                            "gid://blinger/Agent/e0d1c2b3-a4f5-4e6d-8c7b-9a0f1e2d3c4b"));
        }

        VendorStubs.blinger().verify(2, getRequestedFor(urlPathEqualTo(AGENTS_PATH)));
        fills.await();
        assertEquals(0, store.reads.get());
        // both answers stored (the second may have replaced the first before it was written)
        assertTrue(store.writes.get() >= 1);
        assertEquals(3, cacheStore.findPage(Vendor.BLINGER, "Agent:all", null).orElseThrow().memberIds().size());
    }

    @Test
    void anUnchangedListIsNotWrittenAgainAChangedOneIs() {
        query(BLINGER_AGENTS).body("errors", nullValue());
        fills.await();
        query(BLINGER_AGENTS).body("errors", nullValue());
        fills.await();
        assertEquals(1, store.writes.get(), "the second, identical answer is not written again");

        stubBlingerAgents(file("write-agents-with-created.json"));
        query(BLINGER_AGENTS).body("data.agents.edges.size()", is(4));
        fills.await();

        assertEquals(2, store.writes.get(), "a changed answer is written");
        assertEquals(4, cacheStore.findPage(Vendor.BLINGER, "Agent:all", null).orElseThrow().memberIds().size());
    }

    @Test
    void aListIsServedFromTheStoredCopyWhileItsVendorFails() {
        query(BLINGER_AGENTS).body("errors", nullValue());
        stubBlingerAgents(aResponse().withStatus(500));

        query(BLINGER_AGENTS)
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://blinger/Agent/" + VADIM,
                        "gid://blinger/Agent/c671d030-584e-4422-8710-9215c04b6a64",
                        "gid://blinger/Agent/e0d1c2b3-a4f5-4e6d-8c7b-9a0f1e2d3c4b"))
                .body("extensions.stale[0].vendor", is("BLINGER"));
        // the page and its members, read once the call had failed
        assertEquals(2, store.reads.get());
    }

    @Test
    void anObjectIsAskedForEachTimeAndServedFromTheStoredCopyWhileItsVendorFails() {
        query(ONE_AGENT).body("data.agent.name", is("Vadim Belorusov"));
        query(ONE_AGENT).body("data.agent.name", is("Vadim Belorusov"));
        VendorStubs.blinger().verify(2, getRequestedFor(urlPathEqualTo(AGENTS_PATH + "/" + VADIM)));
        assertEquals(0, store.reads.get());

        VendorStubs.blinger().stubFor(get(urlPathEqualTo(AGENTS_PATH + "/" + VADIM))
                .willReturn(aResponse().withStatus(503)));
        query(ONE_AGENT)
                .body("errors", nullValue())
                .body("data.agent.name", is("Vadim Belorusov"))
                .body("extensions.stale[0].vendor", is("BLINGER"));
        assertEquals(1, store.reads.get());
    }

    @Test
    void aRefusalIsNotAnsweredFromTheStore() {
        query(ONE_AGENT).body("data.agent.name", is("Vadim Belorusov"));
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(AGENTS_PATH + "/" + VADIM))
                .willReturn(aResponse().withStatus(401)));

        query(ONE_AGENT)
                .body("data.agent", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_AUTH_FAILED"))
                .body("extensions.stale", nullValue());
        assertEquals(0, store.reads.get());
    }

    /** Replaces Blinger's answer to the agent list (WireMock prefers the stub added last). */
    private static void stubBlingerAgents(ResponseDefinitionBuilder answer) {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(AGENTS_PATH)).willReturn(answer));
    }
}
