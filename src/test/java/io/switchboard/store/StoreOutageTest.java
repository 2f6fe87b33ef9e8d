package io.switchboard.store;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.testing.VendorStubs;

/** With the database gone, reads still reach the vendors, uncached, and answer without an error. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class StoreOutageTest {

    private static final String BLINGER_AGENTS = "/api/external/v1/agents";

    /** A store whose database is unreachable: every call fails as JDBC would. */
    static class UnreachableStore extends CacheStore {

        private static IllegalStateException down() {
            return new IllegalStateException("Unable to acquire JDBC Connection");
        }

        @Override
        public <T> Map<String, Cached<T>> findMany(Vendor vendor, String type, Collection<String> ids, Class<T> t) {
            throw down();
        }

        @Override
        public void putAll(Collection<? extends VendorObject> objects) {
            throw down();
        }

        @Override
        public Optional<CachedPage> findPage(Vendor vendor, String listKey, String pageToken) {
            throw down();
        }

        @Override
        public void putPage(Vendor vendor, String listKey, String pageToken, Page<? extends VendorObject> page) {
            throw down();
        }

        @Override
        public void putFills(Collection<? extends VendorObject> objects, List<StoreFills.PageFill> pages) {
            throw down();
        }
    }

    /** The store's generation counter, in the same unreachable database. */
    static class UnreachableGeneration extends StoreGeneration {

        @Override
        public long current() {
            throw new StoreUnavailableException("cannot read the store generation", null);
        }

        @Override
        public void advance() {
            throw new StoreUnavailableException("cannot advance the store generation", null);
        }
    }

    @BeforeEach
    void storeDown() {
        VendorStubs.reset();
        QuarkusMock.installMockForType(new UnreachableStore(), CacheStore.class);
        QuarkusMock.installMockForType(new UnreachableGeneration(), StoreGeneration.class);
        VendorStubs.blinger().stubFor(get(urlEqualTo(BLINGER_AGENTS)).willReturn(okJson("""
                {"status":200,"data":[{"id":"b1","name":"Vadim","status":"online","active":true}]}""")));
    }

    @Test
    void readsGoToTheVendorUncachedWhileTheStoreIsDown() {
        for (int i = 0; i < 2; i++) {
            query("{ agents(vendor: BLINGER) { edges { node { id name } } } }")
                    .body("errors", nullValue())
                    .body("data.agents.edges.node.name", contains("Vadim"));
        }
        // nothing could be cached, neither the copies nor the answer: each query asked Blinger again
        assertEquals(2, VendorStubs.blinger().getAllServeEvents().size());
    }
}
