package io.switchboard.sandbox.gladly;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Gladly's documented rate limit: {@value #DEFAULT_LIMIT} requests per second for each HTTP method, counted for the
 * whole organization (all tokens together), in fixed one-second windows.
 * <p>
 * The clock and the limit are fields rather than configuration: tests swap in their own clock to make "ten requests
 * within one second" deterministic without sleeping, and no one needs to tune a sandbox limit.
 */
@Singleton
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlySandboxRateLimiter {

    public static final int DEFAULT_LIMIT = 10;

    /** The answer for one request: whether it may proceed, and what to put in the rate-limit headers. */
    public record Permit(boolean allowed, int limit, int remaining) {
    }

    private final int limit;
    private volatile Clock clock;
    /** HTTP method -> {epoch second of the current window, requests counted in it}. */
    private final Map<String, long[]> windows = new HashMap<>();

    public GladlySandboxRateLimiter() {
        this(Clock.systemUTC(), DEFAULT_LIMIT);
    }

    GladlySandboxRateLimiter(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one request of {@code method} against the current second. */
    public synchronized Permit acquire(String method) {
        long second = clock.instant().getEpochSecond();
        long[] window = windows.computeIfAbsent(method.toUpperCase(Locale.ROOT), m -> new long[] { second, 0 });
        if (window[0] != second) {
            window[0] = second;
            window[1] = 0;
        }
        if (window[1] >= limit) {
            return new Permit(false, limit, 0);
        }
        window[1]++;
        return new Permit(true, limit, (int) (limit - window[1]));
    }

    /** For tests: count time with another clock, starting from empty windows. */
    synchronized void useClock(Clock clock) {
        this.clock = clock;
        windows.clear();
    }
}
