package io.switchboard.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.store.CacheStore;
import io.switchboard.store.CacheStore.Cached;
import io.switchboard.store.CacheStore.CachedPage;
import io.switchboard.store.StoreFills;

/**
 * Cache-or-fetch for objects and list pages: a copy younger than {@code switchboard.cache.ttl} is served from the
 * store; the rest is fetched from the vendors concurrently and stored off the request ({@link StoreFills}); when a
 * vendor fails, a copy younger than ttl + {@code stale-for} is served and flagged. The store is only touched before
 * and after the vendor calls, never while one is open, and a failing store counts as a miss. Every copy served or
 * fetched tells the request's {@link Notes} until when the store would serve it, which bounds how long the answer
 * may be replayed.
 */
@ApplicationScoped
public class ReadThrough {

    @Inject
    CacheStore store;

    @Inject
    StoreFills fills;

    @Inject
    SwitchboardConfig config;

    @Inject
    VendorCalls calls;

    /** Objects found by id, and the vendors that failed for ids that could not be served at all. */
    public record Found<T>(Map<GlobalId, T> objects, Map<Vendor, SwitchboardException> failures) {
    }

    /** Names one page of one vendor's list. */
    public record PageKey(Vendor vendor, String listKey, String pageToken) {
    }

    /**
     * Fetches objects of one type across vendors: fresh whole copies from the store, the rest with one call per
     * vendor. A copy a list page left (a row, possibly shorter than the object) is fetched again however fresh, and
     * served only while the vendor fails.
     *
     * @param fetch the vendor call for a set of remote ids (absent ids are left out of its map)
     */
    public <T extends VendorObject> Found<T> getMany(String type, Class<T> modelType, Collection<GlobalId> ids,
            BiFunction<Vendor, Set<String>, Uni<Map<String, T>>> fetch, Notes notes) {
        Map<Vendor, Set<String>> byVendor = new EnumMap<>(Vendor.class);
        for (GlobalId id : ids) {
            byVendor.computeIfAbsent(id.vendor(), v -> new LinkedHashSet<>()).add(id.remoteId());
        }
        Map<GlobalId, T> found = new HashMap<>();
        Map<Vendor, Map<String, Cached<T>>> copies = new EnumMap<>(Vendor.class);
        Map<Vendor, Supplier<Uni<Map<String, T>>>> missing = new EnumMap<>(Vendor.class);
        for (Map.Entry<Vendor, Set<String>> entry : byVendor.entrySet()) {
            Vendor vendor = entry.getKey();
            Map<String, Cached<T>> cached = caching() ? copies(vendor, type, entry.getValue(), modelType) : Map.of();
            if (caching()) {
                copies.put(vendor, cached);
            }
            Set<String> toFetch = new LinkedHashSet<>();
            for (String remoteId : entry.getValue()) {
                Cached<T> copy = cached.get(remoteId);
                if (copy != null && copy.complete() && fresh(copy.age())) {
                    found.put(GlobalId.of(vendor, type, remoteId), copy.value());
                    notes.freshUntil(copy.fetchedAt().plus(config.cache().ttl()));
                } else {
                    toFetch.add(remoteId);
                }
            }
            if (!toFetch.isEmpty()) {
                missing.put(vendor, () -> fetch.apply(vendor, toFetch));
            }
        }
        Map<Vendor, SwitchboardException> failures = new EnumMap<>(Vendor.class);
        calls.all(missing, v -> v).forEach((vendor, outcome) -> {
            if (outcome.ok()) {
                Map<String, T> fetched = outcome.value();
                notes.freshUntil(Instant.now().plus(config.cache().ttl()));
                // keyed by the id asked for: an object may answer under a new id (a merged Gladly customer)
                fetched.forEach((remoteId, object) -> found.put(GlobalId.of(vendor, type, remoteId), object));
                fills.objects(fetched.values());
            } else if (!isOutage(outcome.failure())) {
                failures.put(vendor, outcome.failure()); // a refusal, not an outage: older copies do not answer it
            } else {
                // with caching off the store was not read before the call: only now is a copy of use
                Map<String, Cached<T>> older = copies.computeIfAbsent(vendor,
                        v -> copies(v, type, byVendor.get(v), modelType));
                Duration oldest = Duration.ZERO;
                boolean complete = true;
                for (String remoteId : byVendor.get(vendor)) {
                    GlobalId id = GlobalId.of(vendor, type, remoteId);
                    if (found.containsKey(id)) {
                        continue;
                    }
                    Cached<T> copy = older.get(remoteId);
                    if (copy != null && servableWhenFailing(copy.age())) {
                        found.put(id, copy.value());
                        oldest = copy.age().compareTo(oldest) > 0 ? copy.age() : oldest;
                    } else {
                        complete = false;
                    }
                }
                if (!oldest.isZero()) {
                    notes.servedStale(vendor, oldest);
                }
                if (!complete) {
                    failures.put(vendor, outcome.failure());
                }
            }
        });
        return new Found<>(found, failures);
    }

    /**
     * Fetches list pages, concurrently for those not fresh in the store. Pages of vendors in {@code uncached} (lists
     * the store itself answers) are fetched as they are, without being stored again.
     */
    public <T extends VendorObject> Map<PageKey, Outcome<Page<T>>> pages(String type, Class<T> modelType,
            List<PageKey> keys, Function<PageKey, Uni<Page<T>>> fetch, Set<Vendor> uncached, Notes notes) {
        Map<PageKey, Outcome<Page<T>>> result = new LinkedHashMap<>();
        Map<PageKey, Page<T>> copies = new HashMap<>();
        Map<PageKey, Duration> copyAges = new HashMap<>();
        Map<PageKey, Supplier<Uni<Page<T>>>> missing = new LinkedHashMap<>();
        for (PageKey key : keys) {
            result.put(key, null);
            if (uncached.contains(key.vendor())) {
                notes.live(); // the store answers this list as it stands, without an age to bound its replay
            } else if (caching()) {
                Optional<Page<T>> copy = stored(key, type, modelType, copyAges);
                if (copy.isPresent()) {
                    if (fresh(copyAges.get(key))) {
                        result.put(key, Outcome.of(copy.get()));
                        notes.freshUntil(Instant.now().plus(config.cache().ttl().minus(copyAges.get(key))));
                        continue;
                    }
                    copies.put(key, copy.get());
                }
            }
            missing.put(key, () -> fetch.apply(key));
        }
        calls.all(missing, PageKey::vendor).forEach((key, outcome) -> {
            if (outcome.ok()) {
                notes.freshUntil(Instant.now().plus(config.cache().ttl()));
                if (!uncached.contains(key.vendor())) {
                    fills.page(key.vendor(), key.listKey(), key.pageToken(), outcome.value());
                }
                result.put(key, outcome);
                return;
            }
            if (!caching() && !uncached.contains(key.vendor()) && isOutage(outcome.failure())) {
                // with caching off the store was not read before the call: only now is a copy of use
                stored(key, type, modelType, copyAges).ifPresent(copy -> copies.put(key, copy));
            }
            if (copies.containsKey(key) && servableWhenFailing(copyAges.get(key)) && isOutage(outcome.failure())) {
                result.put(key, new Outcome<>(copies.get(key), null));
                notes.servedStale(key.vendor(), copyAges.get(key));
            } else {
                result.put(key, outcome);
            }
        });
        return result;
    }

    /** The stored copy of a page with all its members, its age noted in {@code ages}; empty without one. */
    private <T extends VendorObject> Optional<Page<T>> stored(PageKey key, String type, Class<T> modelType,
            Map<PageKey, Duration> ages) {
        Optional<CachedPage> cachedPage = safely(() -> {
            fills.await();
            return store.findPage(key.vendor(), key.listKey(), key.pageToken());
        }, Optional.empty());
        Optional<Page<T>> copy = cachedPage.flatMap(page -> members(key.vendor(), type, modelType, page));
        copy.ifPresent(page -> ages.put(key, cachedPage.get().age()));
        return copy;
    }

    private <T extends VendorObject> Map<String, Cached<T>> copies(Vendor vendor, String type,
            Collection<String> remoteIds, Class<T> modelType) {
        return safely(() -> {
            fills.await();
            return store.findMany(vendor, type, remoteIds, modelType);
        }, Map.<String, Cached<T>> of());
    }

    private <T extends VendorObject> Optional<Page<T>> members(Vendor vendor, String type, Class<T> modelType,
            CachedPage page) {
        Map<String, Cached<T>> objects = copies(vendor, type, page.memberIds(), modelType);
        if (objects.size() < new LinkedHashSet<>(page.memberIds()).size()) {
            return Optional.empty(); // a member was evicted since: ask the vendor for the whole page again
        }
        List<T> items = page.memberIds().stream().map(id -> objects.get(id).value()).toList();
        return Optional.of(new Page<>(items, page.nextPageToken(), page.totalCount()));
    }

    /** A vendor that is down, slow or rate limiting; older copies may bridge it, unlike a refusal. */
    private static boolean isOutage(SwitchboardException failure) {
        return failure.code() == ErrorCode.VENDOR_UNAVAILABLE || failure.code() == ErrorCode.VENDOR_RATE_LIMITED;
    }

    private boolean fresh(Duration age) {
        return caching() && age.compareTo(config.cache().ttl()) < 0;
    }

    /**
     * Whether a stored copy can answer without the vendor. With a ttl of zero it cannot, so the store is read only
     * when a vendor call failed, for a copy to bridge the outage; fetched objects are stored all the same.
     */
    private boolean caching() {
        return !config.cache().ttl().isZero();
    }

    private boolean servableWhenFailing(Duration age) {
        return age.compareTo(config.cache().ttl().plus(config.cache().staleFor())) < 0;
    }

    private static <R> R safely(Supplier<R> storeWork, R fallback) {
        try {
            return storeWork.get();
        } catch (RuntimeException e) {
            Log.warnf("Cache store unavailable, going to the vendors uncached: %s", e.getClass().getSimpleName());
            return fallback;
        }
    }
}
