package io.switchboard.graphql;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.buffer.Buffer;

/**
 * The memory of {@link ResponseCache}: answers by key, least recently used first out once they exceed a byte
 * budget. Every answer is tagged with the store generation it was made under; the first look with a newer
 * generation drops them all, and an answer made under an older one is neither served nor kept.
 */
final class ResponseEntries<K> {

    /**
     * One answer: its body and content type, the generation it was made under and until when it may be replayed. The
     * body is written as it is to every caller (a Vert.x buffer can be, it hands out duplicates of its bytes).
     */
    record Entry(Buffer body, String contentType, long generation, Instant until) {
    }

    private final long maxBytes;
    private final Clock clock;
    private final LinkedHashMap<K, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long generation = Long.MIN_VALUE;

    ResponseEntries(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The answer kept under the key, if it was made under this generation and may still be replayed. */
    synchronized Entry get(K key, long currentGeneration) {
        if (!catchUp(currentGeneration)) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry != null && !entry.until().isAfter(clock.instant())) {
            remove(key);
            return null;
        }
        return entry;
    }

    /** Keeps an answer, unless the store has moved on since it was made or it alone would take an eighth of the memory. */
    synchronized void put(K key, Entry entry) {
        if (!catchUp(entry.generation()) || entry.body().length() > maxBytes / 8) {
            return;
        }
        remove(key);
        entries.put(key, entry);
        bytes += entry.body().length();
        Iterator<Map.Entry<K, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length();
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Drops everything made under an older generation; false when the one given is itself older than the last seen. */
    private boolean catchUp(long currentGeneration) {
        if (currentGeneration < generation) {
            return false;
        }
        if (currentGeneration > generation) {
            entries.clear();
            bytes = 0;
            generation = currentGeneration;
        }
        return true;
    }

    private void remove(K key) {
        Entry removed = entries.remove(key);
        if (removed != null) {
            bytes -= removed.body().length();
        }
    }
}
