package io.switchboard.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.testing.StoreReset;
import io.switchboard.testing.VendorStubs;

/** Fills reach the store after the request, gathered into batches, and are visible to whoever awaits them. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class StoreFillsTest {

    /** The real store, recording each batch it is given; it can be told to refuse them. */
    static class RecordingStore extends CacheStore {

        private final CacheStore store;
        final List<List<String>> batches = new ArrayList<>();
        volatile boolean refuse;
        /** When set, the next batch waits in the store until it is counted down; {@link #writing} says it arrived. */
        volatile CountDownLatch hold;
        final Semaphore writing = new Semaphore(0);

        RecordingStore(CacheStore store) {
            this.store = store;
        }

        @Override
        public void putFills(Collection<? extends VendorObject> objects, List<StoreFills.PageFill> pages) {
            List<String> batch = new ArrayList<>();
            objects.forEach(object -> batch.add(object.remoteId()));
            pages.forEach(page -> batch.add("page " + page.listKey()));
            synchronized (batches) {
                batches.add(batch);
            }
            CountDownLatch gate = hold;
            if (gate != null) {
                hold = null;
                writing.release();
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (refuse) {
                throw new IllegalStateException("the store is down");
            }
            store.putFills(objects, pages);
        }
    }

    @Inject
    StoreFills fills;

    @Inject
    CacheStore cacheStore;

    @Inject
    StoreReset storeReset;

    RecordingStore store;
    /** The store itself, for reading back what was written. */
    CacheStore stored;

    @BeforeEach
    void recordBatches() {
        storeReset.clear();
        stored = ClientProxy.unwrap(cacheStore);
        store = new RecordingStore(stored);
        QuarkusMock.installMockForType(store, CacheStore.class);
    }

    private static Agent agent(String id, String name) {
        return new Agent(Vendor.BLINGER, id, name, null, null, null, AgentStatus.ONLINE, true,
                Instant.parse("2024-03-01T10:00:00Z"), null);
    }

    @Test
    void offersMadeWhileABatchIsWrittenGoTogetherInTheNextTheLaterCopyOfAnObjectWinning() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        store.hold = release;
        fills.objects(List.of(agent("z", "Zoe")));
        assertTrue(store.writing.tryAcquire(10, TimeUnit.SECONDS), "the first batch reached the store");

        fills.objects(List.of(agent("a", "Ada"), agent("b", "Bo")));
        fills.objects(List.of(agent("a", "Ada Lovelace")));
        fills.page(Vendor.BLINGER, "Agent:all", null, Page.whole(List.of(agent("c", "Cy"))));
        release.countDown();
        fills.await();

        assertEquals(List.of(List.of("z"), List.of("a", "b", "page Agent:all")), store.batches);
        var found = stored.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a", "b", "c"), Agent.class);
        assertEquals("Ada Lovelace", found.get("a").value().name());
        assertTrue(found.get("a").complete());
        assertFalse(found.get("c").complete(), "a page's member is stored as a list row");
        assertEquals(List.of("c"), stored.findPage(Vendor.BLINGER, "Agent:all", null).orElseThrow().memberIds());
    }

    @Test
    void aWholeCopyOfferedWithAPageStillReplacesThePagesRowOfTheSameObject() {
        fills.page(Vendor.BLINGER, "Agent:all", null, Page.whole(List.of(agent("a", "Ada (row)"))));
        fills.objects(List.of(agent("a", "Ada (whole)")));

        fills.await();

        var found = stored.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a"), Agent.class).get("a");
        assertEquals("Ada (whole)", found.value().name());
        assertTrue(found.complete());
    }

    @Test
    void awaitReturnsAtOnceWhenNothingIsPendingAndOtherwiseOnceTheOfferIsStored() {
        long start = System.nanoTime();
        fills.await();
        fills.objects(List.of(agent("a", "Ada")));
        fills.await();
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(1, store.batches.size());
        assertTrue(tookMs < 2_000, "took " + tookMs + " ms");
        assertEquals(Set.of("a"), stored.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a"), Agent.class).keySet());
    }

    @Test
    void aBatchTheStoreRefusesIsDroppedAndTheNextIsWritten() {
        store.refuse = true;
        fills.objects(List.of(agent("a", "Ada")));
        fills.await(); // settled, though refused

        store.refuse = false;
        fills.objects(List.of(agent("b", "Bo")));
        fills.await();

        assertEquals(List.of(List.of("a"), List.of("b")), store.batches);
        assertEquals(Set.of("b"),
                stored.findMany(Vendor.BLINGER, Agent.TYPE, Set.of("a", "b"), Agent.class).keySet());
    }
}
