package io.switchboard.domain;

import java.util.List;

/**
 * One page of a vendor list, in the vendor's own paging.
 *
 * @param items the page's objects, in the vendor's order
 * @param nextPageToken the token that asks the vendor for the next page, or null when this is the last page
 * @param totalCount how many objects the whole list holds, when the vendor says; otherwise null
 */
public record Page<T>(List<T> items, String nextPageToken, Integer totalCount) {

    public Page {
        items = List.copyOf(items);
    }

    /** A list the vendor hands out whole, in one response. */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null, items.size());
    }

    public boolean hasNext() {
        return nextPageToken != null;
    }
}
