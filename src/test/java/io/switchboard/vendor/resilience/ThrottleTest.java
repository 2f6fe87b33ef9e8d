package io.switchboard.vendor.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final long MS = 1_000_000L;

    @Test
    void letsRateCallsThroughInAnySecondThenMakesTheNextWait() {
        Throttle throttle = new Throttle(3);
        assertEquals(0, throttle.reserve(0));
        assertEquals(0, throttle.reserve(100 * MS));
        assertEquals(0, throttle.reserve(200 * MS));
        // the fourth call in the window waits until the first one is a second old
        assertEquals(800 * MS, throttle.reserve(200 * MS));
        // and the fifth until the second one is
        assertEquals(900 * MS, throttle.reserve(200 * MS));
    }

    @Test
    void aQuietSecondFreesEverySlot() {
        Throttle throttle = new Throttle(2);
        throttle.reserve(0);
        throttle.reserve(0);
        assertEquals(0, throttle.reserve(1_500 * MS));
        assertEquals(0, throttle.reserve(1_500 * MS));
    }

    @Test
    void theVendorsOwnSignalPausesCalls() {
        Throttle throttle = new Throttle(10);
        throttle.pauseUntil(700 * MS);
        assertEquals(600 * MS, throttle.reserve(100 * MS));
        assertEquals(0, throttle.reserve(800 * MS));
    }
}
