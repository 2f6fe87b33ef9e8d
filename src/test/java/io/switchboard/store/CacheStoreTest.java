package io.switchboard.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void aListRowNeverReplacesAWholeCopyButRefreshesAnOlderRow() {
        store.putAll(List.of(agent("whole", "Ada Lovelace")));
        store.putPage(Vendor.BLINGER, "Agent:all", null,
                Page.whole(List.of(agent("whole", "Ada"), agent("row", "Bo"))));
        store.putPage(Vendor.BLINGER, "Agent:all", null,
                Page.whole(List.of(agent("whole", "A."), agent("row", "Bo Diddley"), agent("new", "Cy"))));

        Map<String, CacheStore.Cached<Agent>> found = store.findMany(Vendor.BLINGER, Agent.TYPE,
                Set.of("whole", "row", "new"), Agent.class);
        assertEquals("Ada Lovelace", found.get("whole").value().name());
        assertTrue(found.get("whole").complete());
        assertEquals("Bo Diddley", found.get("row").value().name());
        assertFalse(found.get("row").complete());
        assertEquals("Cy", found.get("new").value().name());
        assertFalse(found.get("new").complete());
        assertEquals(List.of("whole", "row", "new"),
                store.findPage(Vendor.BLINGER, "Agent:all", null).orElseThrow().memberIds());
    }

    @Test
    void aWholeCopyReplacesAListRow() {
        store.putPage(Vendor.BLINGER, "Agent:all", null, Page.whole(List.of(agent("a-1", "Ada"))));
        Instant rowFetchedAt = store.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a-1"), Agent.class).get("a-1")
                .fetchedAt();

        store.putAll(List.of(agent("a-1", "Ada Lovelace")));

        CacheStore.Cached<Agent> copy = store.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a-1"), Agent.class)
                .get("a-1");
        assertEquals("Ada Lovelace", copy.value().name());
        assertTrue(copy.complete());
        assertFalse(copy.fetchedAt().isBefore(rowFetchedAt));
        assertEquals(1, store.findAll(Vendor.BLINGER, Agent.TYPE, Agent.class).size());
    }

    @Test
    void storesAPageAndItsRowsInOneTransaction() {
        // the second object's id is longer than the column allows, so its row cannot be written
        List<Agent> rows = List.of(agent("fits", "Ada"), agent("x".repeat(600), "Bo"));

        assertThrows(RuntimeException.class,
                () -> store.putPage(Vendor.BLINGER, "Agent:all", null, Page.whole(rows)));

        assertTrue(store.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("fits"), Agent.class).isEmpty());
        assertFalse(store.findPage(Vendor.BLINGER, "Agent:all", null).isPresent());
    }

    @Test
    void storesEveryObjectOfABatchOnceKeepingTheLastOfAnIdGivenTwice() {
        store.putAll(List.of(agent("b", "Bo"), agent("a", "Ada"), agent("b", "Bo Diddley")));

        List<CacheStore.Cached<Agent>> all = store.findAll(Vendor.BLINGER, Agent.TYPE, Agent.class);
        assertEquals(List.of("Ada", "Bo Diddley"), all.stream().map(c -> c.value().name()).toList());
    }
}
