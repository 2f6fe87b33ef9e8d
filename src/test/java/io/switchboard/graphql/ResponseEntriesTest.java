package io.switchboard.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;

/** The memory of the response cache: expiry, the store generation, and the byte budget. */
class ResponseEntriesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final ResponseEntries<String> entries = new ResponseEntries<>(800, clock);

    @Test
    void anAnswerIsServedUntilItsInstantAndNotAfter() {
        entries.put("q", entry(10, 1, NOW.plusSeconds(60)));

        clock.now = NOW.plusSeconds(59);
        assertEquals(Buffer.buffer(new byte[10]), entries.get("q", 1).body());
        clock.now = NOW.plusSeconds(60);
        assertNull(entries.get("q", 1));
        assertEquals(0, entries.size());
        assertEquals(0, entries.bytes());
    }

    @Test
    void aNewerGenerationRetiresEveryAnswer() {
        entries.put("a", entry(10, 1, NOW.plusSeconds(60)));
        entries.put("b", entry(10, 1, NOW.plusSeconds(60)));

        assertNull(entries.get("a", 2));
        assertEquals(0, entries.size());
        assertNull(entries.get("b", 1), "nor is an older generation served any more");
    }

    @Test
    void anAnswerMadeUnderAnOlderGenerationIsNotKept() {
        entries.put("a", entry(10, 2, NOW.plusSeconds(60)));
        entries.put("b", entry(10, 1, NOW.plusSeconds(60)));

        assertEquals(1, entries.size());
        assertNull(entries.get("b", 2));
    }

    @Test
    void theLeastRecentlyUsedAnswersLeaveWhenTheBudgetIsFull() {
        entries.put("a", entry(100, 1, NOW.plusSeconds(60)));
        entries.put("b", entry(100, 1, NOW.plusSeconds(60)));
        entries.put("c", entry(100, 1, NOW.plusSeconds(60)));
        entries.get("a", 1); // a is now more recent than b
        for (int i = 0; i < 7; i++) {
            entries.put("filler" + i, entry(100, 1, NOW.plusSeconds(60)));
        }

        assertEquals(800, entries.bytes());
        assertNull(entries.get("b", 1));
        assertNull(entries.get("c", 1));
        assertEquals(100, entries.get("a", 1).body().length());
    }

    @Test
    void anAnswerLargerThanAnEighthOfTheBudgetIsNotKept() {
        entries.put("big", entry(101, 1, NOW.plusSeconds(60)));

        assertNull(entries.get("big", 1));
        assertEquals(0, entries.bytes());
    }

    @Test
    void keepingAnAnswerAgainReplacesIt() {
        entries.put("q", entry(10, 1, NOW.plusSeconds(60)));
        entries.put("q", entry(20, 1, NOW.plusSeconds(60)));

        assertEquals(1, entries.size());
        assertEquals(20, entries.bytes());
    }

    private ResponseEntries.Entry entry(int size, long generation, Instant until) {
        return new ResponseEntries.Entry(Buffer.buffer(new byte[size]), "application/json", generation, until);
    }

    private static final class MutableClock extends Clock {

        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
