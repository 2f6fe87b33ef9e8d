package io.switchboard.vendor.resilience;

import java.util.Arrays;

/**
 * At most {@code rate} calls in any one-second window, strictly: a call that would be one too many is told how
 * long to wait. Sliding rather than aligned to the clock's seconds, so that it holds whatever window the vendor
 * counts in. A vendor's "you have nothing left this second" can pause it further.
 */
final class Throttle {

    private static final long SECOND = 1_000_000_000L;

    private final long[] recent;
    private int next;
    private long pausedUntil = Long.MIN_VALUE;

    Throttle(int rate) {
        this.recent = new long[rate];
        Arrays.fill(recent, Long.MIN_VALUE / 2);
    }

    /** Reserves a slot and answers how long to wait for it, in nanoseconds (0: go now). */
    synchronized long reserve(long now) {
        long at = Math.max(now, recent[next] + SECOND);
        at = Math.max(at, pausedUntil);
        recent[next] = at;
        next = (next + 1) % recent.length;
        return at - now;
    }

    /** The vendor said its limit is used up: send nothing more before {@code until}. */
    synchronized void pauseUntil(long until) {
        pausedUntil = Math.max(pausedUntil, until);
    }
}
