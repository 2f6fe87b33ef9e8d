package io.switchboard.sandbox.gladly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test clock that moves on by a fixed step every time it is read (a step of zero stands still), and can be moved
 * by hand. It lets rate-limit tests say "these requests fall into one second" without sleeping.
 */
final class SteppingClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration step;

    SteppingClock(Instant start, Duration step) {
        this.now = new AtomicReference<>(start);
        this.step = step;
    }

    /** Every reading one second after the last: each request gets a fresh rate-limit window. */
    static SteppingClock secondPerReading() {
        return new SteppingClock(Instant.parse("2026-01-05T10:00:00Z"), Duration.ofSeconds(1));
    }

    /** Time stands still until {@link #advance(Duration)}. */
    static SteppingClock stopped() {
        return new SteppingClock(Instant.parse("2026-01-05T10:00:00.250Z"), Duration.ZERO);
    }

    void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plus(step));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
