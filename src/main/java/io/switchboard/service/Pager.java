package io.switchboard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.ReadThrough.PageKey;

/**
 * Relay paging over one or more vendors' lists. The merged order is the vendors' order ({@link Vendor} declaration
 * order), each vendor's objects in the vendor's own order; a cursor is a position in a vendor's own paging, so a
 * client paging with {@code first}/{@code after} walks GB Talk's 100-row pages, Gladly's capped lists and Blinger's
 * whole list and sees every object once. The first page of every vendor is fetched concurrently.
 */
@ApplicationScoped
public class Pager {

    @Inject
    ReadThrough readThrough;

    @Inject
    SwitchboardConfig config;

    /**
     * A list to page through.
     *
     * @param listKey names the query and its filters; cursors are bound to it
     * @param vendors the vendors to merge, in order
     * @param fetch one vendor page for a page token (null for the first)
     * @param filter keeps only matching objects (filters a vendor cannot apply itself)
     * @param uncached vendors whose pages the store itself answers and must not store again
     * @param vendorChosen whether the caller named the vendor: then a vendor that cannot serve the list is an error,
     *        otherwise it is left out quietly
     */
    public record Listing<T extends VendorObject>(String type, Class<T> modelType, String listKey, List<Vendor> vendors,
            BiFunction<Vendor, String, Uni<Page<T>>> fetch, Predicate<T> filter, Set<Vendor> uncached,
            boolean vendorChosen) {

        public Listing(String type, Class<T> modelType, String listKey, List<Vendor> vendors,
                BiFunction<Vendor, String, Uni<Page<T>>> fetch, boolean vendorChosen) {
            this(type, modelType, listKey, vendors, fetch, null, Set.of(), vendorChosen);
        }
    }

    /** A page of a connection. */
    public record Slice<T>(List<Edge<T>> edges, boolean hasNextPage, Integer totalCount) {

        public record Edge<T>(T node, String cursor) {
        }

        public String endCursor() {
            return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        }

        public static <T> Slice<T> empty() {
            return new Slice<>(List.of(), false, 0);
        }
    }

    public <T extends VendorObject> Slice<T> page(Listing<T> listing, Integer first, String after, Notes notes) {
        int size = pageSize(first);
        Cursor start = after == null ? null : Cursor.decode(after, listing.listKey());
        List<Vendor> vendors = listing.vendors();
        int startIndex = 0;
        if (start != null) {
            startIndex = vendors.indexOf(start.vendor());
            if (startIndex < 0) {
                throw SwitchboardException.badUserInput("The cursor names a vendor this list does not include");
            }
        }
        List<PageKey> firstKeys = new ArrayList<>();
        for (int i = startIndex; i < vendors.size(); i++) {
            String token = i == startIndex && start != null ? start.pageToken() : null;
            firstKeys.add(new PageKey(vendors.get(i), listing.listKey(), token));
        }
        Map<PageKey, Outcome<Page<T>>> prefetched = fetch(listing, firstKeys, notes);

        Predicate<T> filter = listing.filter() == null ? any -> true : listing.filter();
        List<Slice.Edge<T>> edges = new ArrayList<>();
        boolean more = false;
        Integer totalCount = null;
        walk: for (int i = 0; i < firstKeys.size(); i++) {
            PageKey key = firstKeys.get(i);
            Vendor vendor = key.vendor();
            String token = key.pageToken();
            int offset = i == 0 && start != null ? start.offset() : 0;
            Outcome<Page<T>> outcome = prefetched.get(key);
            while (true) {
                if (!outcome.ok()) {
                    report(listing, outcome.failure(), notes);
                    break;
                }
                Page<T> page = outcome.value();
                if (vendors.size() == 1 && listing.filter() == null && token == null) {
                    totalCount = page.totalCount();
                }
                List<T> items = page.items();
                while (offset < items.size()) {
                    T item = items.get(offset++);
                    if (!filter.test(item)) {
                        continue;
                    }
                    if (edges.size() == size) {
                        more = true; // one more match exists beyond this page of the connection
                        break walk;
                    }
                    edges.add(new Slice.Edge<>(item, new Cursor(vendor, token, offset).encode(listing.listKey())));
                }
                if (!page.hasNext()) {
                    break;
                }
                token = page.nextPageToken();
                offset = 0;
                PageKey next = new PageKey(vendor, listing.listKey(), token);
                outcome = fetch(listing, List.of(next), notes).get(next);
            }
        }
        return new Slice<>(edges, more, totalCount);
    }

    private <T extends VendorObject> Map<PageKey, Outcome<Page<T>>> fetch(Listing<T> listing, List<PageKey> keys,
            Notes notes) {
        return readThrough.pages(listing.type(), listing.modelType(), keys,
                key -> listing.fetch().apply(key.vendor(), key.pageToken()), listing.uncached(), notes);
    }

    private static void report(Listing<?> listing, SwitchboardException failure, Notes notes) {
        if (failure.code() == ErrorCode.BAD_USER_INPUT) {
            throw failure;
        }
        if (failure.code() == ErrorCode.UNSUPPORTED_BY_VENDOR && !listing.vendorChosen()) {
            return; // this vendor cannot run this query; a cross-vendor list simply has none of its objects
        }
        notes.vendorFailed(failure);
    }

    /** Validates {@code first}: absent means the default page size; above the configured maximum is refused. */
    public int pageSize(Integer first) {
        if (first == null) {
            return config.paging().defaultSize();
        }
        int max = config.paging().maxSize();
        if (first < 0 || first > max) {
            throw SwitchboardException.badUserInput("first must be between 0 and " + max + ", was " + first);
        }
        return first;
    }
}
