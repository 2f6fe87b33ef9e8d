package io.switchboard.store;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;

/**
 * Writes what the vendors answered into the {@link CacheStore} off the request, on a thread of its own, one
 * transaction per batch: whatever was offered while the previous batch was being written. Requests that fetch the
 * same objects at the same moment (a popular list, the same agents behind many conversations) leave one write of
 * each instead of one per request, and no two of this replica's fills wait for each other's row locks.
 * <p>
 * With caching off ({@code switchboard.cache.ttl=PT0S}) every request fetches, and the store only keeps the copies
 * that bridge an outage: a copy equal to the one this replica wrote less than {@link #REWRITE_AFTER} ago is then not
 * written again, so an unchanged popular list costs one write a minute instead of one per request (the outage copy's
 * age is overstated by at most that much, against {@code stale-for}'s hours). A write through Switchboard forgets
 * what was written ({@link #forgetWritten()}), so that the copies after it are all stored.
 * <p>
 * Nothing offered is lost to a reader of this replica: {@link #await()} returns once everything offered before it is
 * in the store, and every store read and write of Switchboard's own calls it first, so a read still finds the copy
 * an earlier request brought and a write's upkeep still lands after the fills that preceded it. A batch the store
 * refuses is dropped with a warning: the copies were a cache, and the next read asks the vendor again.
 */
@ApplicationScoped
public class StoreFills {

    /** Offered copies beyond which an offer waits for the store to catch up, so that memory stays bounded. */
    private static final int MAX_PENDING = 20_000;
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final long REWRITE_AFTER = Duration.ofMinutes(1).toNanos();
    /** Copies remembered as written at most; past that the memory starts again, empty. */
    private static final int MAX_REMEMBERED = 50_000;

    @Inject
    CacheStore store;

    @Inject
    SwitchboardConfig config;

    /** A list page to store with its members. */
    public record PageFill(Vendor vendor, String listKey, String pageToken, Page<? extends VendorObject> page) {

        String id() {
            return CacheStore.pageId(vendor, listKey, pageToken);
        }
    }

    private final Object lock = new Object();
    /** Whole objects by store key, and pages by page id: a later offer of the same replaces an earlier one. */
    private Map<String, VendorObject> objects = new LinkedHashMap<>();
    private Map<String, PageFill> pages = new LinkedHashMap<>();
    private int pendingCopies;
    /** Offers so far, and how many of them the store has been given (written or refused). */
    private long offered;
    private long settled;
    private boolean writing;
    private ExecutorService writer;
    /** With caching off: what this replica last wrote of an object or page (by store key or page id), and when. */
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private record Written(Object copy, long atNanos) {
    }

    @PostConstruct
    void start() {
        writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-store-fills");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Writes what is still pending before the application stops. */
    @PreDestroy
    void stop() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(MAX_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                Log.warnf("Stopped before the last cache fills were stored");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Offers whole objects (fetched by id). */
    public void objects(Collection<? extends VendorObject> fetched) {
        List<? extends VendorObject> changed = fetched.stream()
                .filter(object -> !writtenLately(CacheStore.key(object), object)).toList();
        if (changed.isEmpty()) {
            return;
        }
        offer(() -> changed.forEach(object -> objects.put(CacheStore.key(object), object)), changed.size());
    }

    /** Offers a list page and its members. */
    public void page(Vendor vendor, String listKey, String pageToken, Page<? extends VendorObject> page) {
        PageFill fill = new PageFill(vendor, listKey, pageToken, page);
        if (writtenLately(fill.id(), page)) {
            return;
        }
        offer(() -> pages.put(fill.id(), fill), page.items().size() + 1);
    }

    /** Forgets which copies were written lately, so that the next ones are all stored (after a write). */
    public void forgetWritten() {
        written.clear();
    }

    /** With caching off: whether this very copy was written less than {@link #REWRITE_AFTER} ago. */
    private boolean writtenLately(String key, Object copy) {
        if (!config.cache().ttl().isZero()) {
            return false;
        }
        Written last = written.get(key);
        return last != null && System.nanoTime() - last.atNanos() < REWRITE_AFTER && last.copy().equals(copy);
    }

    private void remember(Map<String, VendorObject> batchObjects, Map<String, PageFill> batchPages) {
        if (!config.cache().ttl().isZero()) {
            return;
        }
        if (written.size() > MAX_REMEMBERED) {
            written.clear();
        }
        long now = System.nanoTime();
        batchObjects.forEach((key, object) -> written.put(key, new Written(object, now)));
        batchPages.forEach((id, fill) -> written.put(id, new Written(fill.page(), now)));
    }

    /**
     * Returns once every offer made before the call is settled: written, or refused by the store. Waits at most
     * {@link #MAX_WAIT}; a store that slow is treated by its callers as failing.
     */
    public void await() {
        synchronized (lock) {
            long target = offered;
            long deadline = System.nanoTime() + MAX_WAIT.toNanos();
            while (settled < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("The cache store has not taken the pending fills in " + MAX_WAIT);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the cache store", e);
                }
            }
        }
    }

    private void offer(Runnable add, int copies) {
        boolean full;
        synchronized (lock) {
            add.run();
            offered++;
            pendingCopies += copies;
            full = pendingCopies > MAX_PENDING;
            if (!writing) {
                writing = true;
                try {
                    writer.execute(this::write);
                } catch (RejectedExecutionException e) {
                    // stopping: the writer is gone, and so is every reader it served
                    writing = false;
                    settled = offered;
                    Log.debugf("Not storing a fill offered while stopping");
                }
            }
        }
        if (full) {
            await();
        }
    }

    /** Writes batches until nothing is pending; runs on the writer thread only. */
    private void write() {
        while (true) {
            Map<String, VendorObject> batchObjects;
            Map<String, PageFill> batchPages;
            long batchOffers;
            synchronized (lock) {
                if (settled == offered) {
                    writing = false;
                    return;
                }
                batchObjects = objects;
                batchPages = pages;
                batchOffers = offered;
                objects = new LinkedHashMap<>();
                pages = new LinkedHashMap<>();
                pendingCopies = 0;
            }
            try {
                store.putFills(batchObjects.values(), List.copyOf(batchPages.values()));
                remember(batchObjects, batchPages);
            } catch (RuntimeException e) {
                Log.warnf("Could not store %d fetched objects and %d list pages, the next reads ask the vendors: %s",
                        batchObjects.size(), batchPages.size(), e.getClass().getSimpleName());
            }
            synchronized (lock) {
                settled = batchOffers;
                lock.notifyAll();
            }
        }
    }
}
