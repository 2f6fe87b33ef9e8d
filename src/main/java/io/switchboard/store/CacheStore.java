package io.switchboard.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
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

    // SQL-standard MERGE, which PostgreSQL (15 and later) and H2 both run: one statement per object whether its
    // copy exists or not, where an UPDATE, a COUNT and an INSERT took three.
    private static final String MERGE_OBJECT = """
            merge into cached_object o
            using (values (cast(? as varchar), cast(? as varchar), cast(? as varchar),
                    cast(? as varchar), cast(? as varchar), cast(? as timestamp with time zone)))
                as n (id, vendor, object_type, remote_id, payload, fetched_at)
            on o.id = n.id
            """;
    /** A whole copy replaces whatever is stored. */
    private static final String MERGE_WHOLE = MERGE_OBJECT + """
            when matched then update set payload = n.payload, fetched_at = n.fetched_at, complete = true
            when not matched then insert (id, vendor, object_type, remote_id, payload, fetched_at, complete)
                values (n.id, n.vendor, n.object_type, n.remote_id, n.payload, n.fetched_at, true)
            """;
    /** A list row replaces only another row, never a whole copy. */
    private static final String MERGE_ROW = MERGE_OBJECT + """
            when matched and o.complete = false then update set payload = n.payload, fetched_at = n.fetched_at
            when not matched then insert (id, vendor, object_type, remote_id, payload, fetched_at, complete)
                values (n.id, n.vendor, n.object_type, n.remote_id, n.payload, n.fetched_at, false)
            """;
    private static final String MERGE_PAGE = """
            merge into cached_list_page p
            using (values (cast(? as varchar), cast(? as varchar), cast(? as varchar),
                    cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as integer),
                    cast(? as timestamp with time zone)))
                as n (id, vendor, list_key, page_token, member_ids, next_page_token, total_count, fetched_at)
            on p.id = n.id
            when matched then update set member_ids = n.member_ids, next_page_token = n.next_page_token,
                total_count = n.total_count, fetched_at = n.fetched_at
            when not matched then insert (id, vendor, list_key, page_token, member_ids, next_page_token, total_count,
                    fetched_at)
                values (n.id, n.vendor, n.list_key, n.page_token, n.member_ids, n.next_page_token, n.total_count,
                    n.fetched_at)
            """;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

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

    /** Stores whole objects, fetched by id or just written: each replaces any copy of its object. */
    @Transactional
    public void putAll(Collection<? extends VendorObject> objects) {
        merge(MERGE_WHOLE, objects);
    }

    /**
     * Stores the rows of a list page. A row never replaces a whole copy (it may lack fields the whole object has);
     * it only refreshes an older row or fills a gap.
     */
    private void putRows(Collection<? extends VendorObject> objects) {
        merge(MERGE_ROW, objects);
    }

    /**
     * Writes objects with one batched statement. Rows go in id order, so that two fills sharing objects lock them
     * in the same order rather than each waiting for the other.
     */
    private void merge(String sql, Collection<? extends VendorObject> objects) {
        if (objects.isEmpty()) {
            return;
        }
        Map<String, VendorObject> byId = new TreeMap<>();
        objects.forEach(object -> byId.put(key(object), object));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<String, VendorObject> entry : byId.entrySet()) {
                VendorObject object = entry.getValue();
                statement.setString(1, entry.getKey());
                statement.setString(2, object.vendor().key());
                statement.setString(3, object.typeName());
                statement.setString(4, object.remoteId());
                statement.setString(5, write(object));
                statement.setObject(6, now);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store " + byId.size() + " objects", e);
        }
    }

    static String key(VendorObject object) {
        return CachedObject.key(object.vendor().key(), object.typeName(), object.remoteId());
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

    /** Stores a list page and its members together, in one transaction. */
    @Transactional
    public void putPage(Vendor vendor, String listKey, String pageToken, Page<? extends VendorObject> page) {
        putFills(List.of(), List.of(new StoreFills.PageFill(vendor, listKey, pageToken, page)));
    }

    /**
     * Stores what {@link StoreFills} gathered, in one transaction: the pages' members as list rows, then whole
     * objects (which replace rows of the same object), then the pages.
     */
    @Transactional
    public void putFills(Collection<? extends VendorObject> objects, List<StoreFills.PageFill> pages) {
        putRows(pages.stream().<VendorObject> flatMap(fill -> fill.page().items().stream()).toList());
        merge(MERGE_WHOLE, objects);
        mergePages(pages);
    }

    private void mergePages(List<StoreFills.PageFill> pages) {
        if (pages.isEmpty()) {
            return;
        }
        Map<String, StoreFills.PageFill> byId = new TreeMap<>();
        pages.forEach(fill -> byId.put(fill.id(), fill));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(MERGE_PAGE)) {
            for (Map.Entry<String, StoreFills.PageFill> entry : byId.entrySet()) {
                StoreFills.PageFill fill = entry.getValue();
                Page<? extends VendorObject> page = fill.page();
                statement.setString(1, entry.getKey());
                statement.setString(2, fill.vendor().key());
                statement.setString(3, fill.listKey());
                statement.setString(4, fill.pageToken() == null ? "" : fill.pageToken());
                statement.setString(5, write(page.items().stream().map(VendorObject::remoteId).toList()));
                statement.setString(6, page.nextPageToken());
                if (page.totalCount() == null) {
                    statement.setNull(7, Types.INTEGER);
                } else {
                    statement.setInt(7, page.totalCount());
                }
                statement.setObject(8, now);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store " + byId.size() + " list pages", e);
        }
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
