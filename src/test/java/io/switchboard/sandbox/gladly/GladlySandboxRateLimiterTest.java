package io.switchboard.sandbox.gladly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.switchboard.sandbox.gladly.GladlySandboxRateLimiter.Permit;

class GladlySandboxRateLimiterTest {

    private final SteppingClock clock = SteppingClock.stopped();
    private final GladlySandboxRateLimiter limiter = new GladlySandboxRateLimiter(clock, 10);

    @Test
    void allowsTenRequestsPerSecondAndCountsDown() {
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Permit permit = limiter.acquire("GET");
            assertTrue(permit.allowed());
            assertEquals(10, permit.limit());
            remaining.add(permit.remaining());
        }
        assertThat(remaining, contains(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));

        Permit refused = limiter.acquire("GET");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertFalse(limiter.acquire("get").allowed(), "method names are case-insensitive");
    }

    @Test
    void countsEachMethodSeparately() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("GET");
        }
        assertFalse(limiter.acquire("GET").allowed());

        Permit post = limiter.acquire("POST");
        assertTrue(post.allowed());
        assertEquals(9, post.remaining());
    }

    @Test
    void startsAFreshWindowEverySecond() {
        for (int i = 0; i < 11; i++) {
            limiter.acquire("GET");
        }
        clock.advance(Duration.ofMillis(700));
        assertFalse(limiter.acquire("GET").allowed(), "still the same second");

        clock.advance(Duration.ofMillis(100));
        Permit next = limiter.acquire("GET");
        assertTrue(next.allowed());
        assertEquals(9, next.remaining());
    }

    @Test
    void honoursAnotherLimit() {
        GladlySandboxRateLimiter strict = new GladlySandboxRateLimiter(clock, 2);
        assertEquals(1, strict.acquire("PATCH").remaining());
        assertEquals(0, strict.acquire("PATCH").remaining());
        assertFalse(strict.acquire("PATCH").allowed());
    }

    @Test
    void defaultsToGladlysDocumentedLimit() {
        Permit permit = new GladlySandboxRateLimiter().acquire("GET");
        assertEquals(10, permit.limit());
        assertEquals(9, permit.remaining());
    }
}
