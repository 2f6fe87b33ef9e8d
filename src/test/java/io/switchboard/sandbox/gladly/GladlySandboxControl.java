package io.switchboard.sandbox.gladly;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What tests outside this package need to drive the Gladly sandbox: its data, a fresh seed after writes, and a
 * rate-limit clock that gives each request a second of its own.
 */
@ApplicationScoped
public class GladlySandboxControl {

    @Inject
    GladlySandboxStore store;

    @Inject
    GladlySandboxRateLimiter limiter;

    public GladlySandboxStore store() {
        return store;
    }

    /** Plants the seed again, forgetting every write. */
    public void reset() {
        store.reset();
    }

    public void eachRequestInItsOwnSecond() {
        limiter.useClock(SteppingClock.secondPerReading());
    }

    public void realTime() {
        limiter.useClock(Clock.systemUTC());
    }
}
