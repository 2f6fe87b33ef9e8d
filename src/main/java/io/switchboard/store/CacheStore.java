package io.switchboard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;

/**
 * The cache store: vendor objects and vendor list pages, shared by every replica through one database. Each method
 * is one short transaction and never runs while a vendor call is open. Callers treat a failing store as a miss.
 */
@ApplicationScoped
public class CacheStore {

    private static final TypeReference<List<String>> ID_LIST = new TypeReference<>() {
    };
    private static final int MAX_IN_CLAUSE = 500;

    @Inject
    ObjectMapper json;

    /**
     * A stored copy, when it was fetched from the vendor, and whether it is whole (fetched by id) or the row a list
     * page carried.
     */
    public record Cached<T>(T value, Instant fetchedAt, boolean complete) {

        public Duration age() {
            return Duration.between(fetchedAt, Instant.now());
        }
    }

    /** A stored list page: its members' remote ids in order. */
    public record CachedPage(List<String> memberIds, String nextPageToken, Integer totalCount, Instant fetchedAt) {

        public Duration age() {
            return Duration.between(fetchedAt, Instant.now());
        }
    }

    @Transactional
    public <T> Map<String, Cached<T>> findMany(Vendor vendor, String type, Collection<String> remoteIds,
            Class<T> modelType) {
        Map<String, Cached<T>> found = new HashMap<>();
        List<String> keys = remoteIds.stream().map(id -> CachedObject.key(vendor.key(), type, id)).toList();
        for (int from = 0; from < keys.size(); from += MAX_IN_CLAUSE) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + MAX_IN_CLAUSE));
            List<CachedObject> rows = CachedObject.list("id in ?1", chunk);
            for (CachedObject row : rows) {
                read(row, modelType).ifPresent(value -> found.put(row.remoteId, new Cached<>(value, row.fetchedAt, row.complete)));
            }
        }
        return found;
    }

    /** Every stored object of a type, ordered by remote id: the list of a vendor that cannot list (Gaglers). */
    @Transactional
    public <T> List<Cached<T>> findAll(Vendor vendor, String type, Class<T> modelType) {
        List<CachedObject> rows = CachedObject.list("vendor = ?1 and objectType = ?2 order by remoteId",
                vendor.key(), type);
        List<Cached<T>> found = new ArrayList<>(rows.size());
        for (CachedObject row : rows) {
            read(row, modelType).ifPresent(value -> found.add(new Cached<>(value, row.fetchedAt, row.complete)));
        }
        return found;
    }

    /** Stores whole objects, fetched by id or just written. */
    @Transactional
    public void putAll(Collection<? extends VendorObject> objects) {
        Instant now = Instant.now();
        for (VendorObject object : objects) {
            String id = key(object);
            String payload = write(object);
            if (CachedObject.update("payload = ?1, fetchedAt = ?2, complete = true where id = ?3", payload, now,
                    id) == 0) {
                insert(object, id, payload, now, true);
            }
        }
    }

    /**
     * Stores the rows of a list page. A row never replaces a whole copy (it may lack fields the whole object has);
     * it only refreshes an older row or fills a gap.
     */
    private void putRows(Collection<? extends VendorObject> objects) {
        Instant now = Instant.now();
        for (VendorObject object : objects) {
            String id = key(object);
            String payload = write(object);
            if (CachedObject.update("payload = ?1, fetchedAt = ?2 where id = ?3 and complete = false", payload, now,
                    id) == 0 && CachedObject.count("id", id) == 0) {
                insert(object, id, payload, now, false);
            }
        }
    }

    private static String key(VendorObject object) {
        return CachedObject.key(object.vendor().key(), object.typeName(), object.remoteId());
    }

    private static void insert(VendorObject object, String id, String payload, Instant now, boolean complete) {
        CachedObject row = new CachedObject();
        row.id = id;
        row.vendor = object.vendor().key();
        row.objectType = object.typeName();
        row.remoteId = object.remoteId();
        row.payload = payload;
        row.fetchedAt = now;
        row.complete = complete;
        row.persist();
    }

    @Transactional
    public Optional<CachedPage> findPage(Vendor vendor, String listKey, String pageToken) {
        CachedListPage row = CachedListPage.findById(pageId(vendor, listKey, pageToken));
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CachedPage(json.readValue(row.memberIds, ID_LIST), row.nextPageToken,
                    row.totalCount, row.fetchedAt));
        } catch (JsonProcessingException e) {
            Log.warnf("Ignoring an unreadable cached list page of %s", vendor);
            return Optional.empty();
        }
    }

    /** Stores a list page and its members together. */
    @Transactional
    public void putPage(Vendor vendor, String listKey, String pageToken, Page<? extends VendorObject> page) {
        putRows(page.items());
        String id = pageId(vendor, listKey, pageToken);
        CachedListPage row = CachedListPage.findById(id);
        if (row == null) {
            row = new CachedListPage();
            row.id = id;
            row.vendor = vendor.key();
            row.listKey = listKey;
            row.pageToken = pageToken == null ? "" : pageToken;
        }
        row.memberIds = write(page.items().stream().map(VendorObject::remoteId).toList());
        row.nextPageToken = page.nextPageToken();
        row.totalCount = page.totalCount();
        row.fetchedAt = Instant.now();
        row.persist();
    }

    @Transactional
    public void evict(Vendor vendor, String type, String remoteId) {
        CachedObject.deleteById(CachedObject.key(vendor.key(), type, remoteId));
    }

    /** Drops every cached page of the vendor's lists whose key starts with the prefix (e.g. {@code Agent:}). */
    @Transactional
    public void evictLists(Vendor vendor, String listKeyPrefix) {
        CachedListPage.delete("vendor = ?1 and listKey like ?2", vendor.key(), listKeyPrefix + "%");
    }

    private <T> Optional<T> read(CachedObject row, Class<T> modelType) {
        try {
            return Optional.of(json.readValue(row.payload, modelType));
        } catch (JsonProcessingException e) {
            // A copy written by an older model version: treat it as a miss, the vendor has the truth.
            Log.debugf("Ignoring unreadable cached %s %s", row.objectType, row.id);
            return Optional.empty();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static String pageId(Vendor vendor, String listKey, String pageToken) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = vendor.key() + "\n" + listKey + "\n" + (pageToken == null ? "" : pageToken);
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
