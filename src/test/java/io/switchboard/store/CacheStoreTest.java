package io.switchboard.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.store.CacheStore.CachedPage;
import io.switchboard.testing.StoreReset;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class CacheStoreTest {

    @Inject
    CacheStore store;

    @Inject
    StoreReset storeReset;

    @BeforeEach
    void emptyStore() {
        storeReset.clear();
    }

    private static Agent agent(String id, String name) {
        return new Agent(Vendor.BLINGER, id, name, null, null, "https://img.test/" + id, AgentStatus.ONLINE, true,
                Instant.parse("2024-03-01T10:00:00Z"), null);
    }

    @Test
    void storesAndReadsObjectsByVendorTypeAndRemoteId() {
        store.putAll(List.of(agent("a-1", "Ada"), agent("a/2 ü", "Bo")));

        Map<String, CacheStore.Cached<Agent>> found = store.findMany(Vendor.BLINGER, Agent.TYPE,
                Set.of("a-1", "a/2 ü", "missing"), Agent.class);

        assertEquals(Set.of("a-1", "a/2 ü"), found.keySet());
        assertEquals("Bo", found.get("a/2 ü").value().name());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), found.get("a-1").value().createdAt());
        assertTrue(found.get("a-1").age().toSeconds() < 60);
        assertTrue(store.findMany(Vendor.GBTALK, Agent.TYPE, Set.of("a-1"), Agent.class).isEmpty());
    }

    @Test
    void overwritesAnObjectFetchedAgain() {
        store.putAll(List.of(agent("a-1", "Ada")));
        store.putAll(List.of(agent("a-1", "Ada Lovelace")));

        assertEquals("Ada Lovelace",
                store.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a-1"), Agent.class).get("a-1").value().name());
        assertEquals(1, store.findAll(Vendor.BLINGER, Agent.TYPE, Agent.class).size());
    }

    @Test
    void keepsListPagesWithTheirOrderAndNextToken() {
        store.putPage(Vendor.BLINGER, "Agent:all", null,
                new Page<>(List.of(agent("b", "B"), agent("a", "A")), "2", null));

        CachedPage page = store.findPage(Vendor.BLINGER, "Agent:all", null).orElseThrow();
        assertEquals(List.of("b", "a"), page.memberIds());
        assertEquals("2", page.nextPageToken());
        assertNull(page.totalCount());
        assertEquals(2, store.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a", "b"), Agent.class).size());

        store.evictLists(Vendor.BLINGER, "Agent:");
        assertFalse(store.findPage(Vendor.BLINGER, "Agent:all", null).isPresent());
    }

    @Test
    void evictsOneObject() {
        store.putAll(List.of(agent("a-1", "Ada")));
        store.evict(Vendor.BLINGER, Agent.TYPE, "a-1");
        assertTrue(store.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a-1"), Agent.class).isEmpty());
    }
}
