package io.switchboard.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import io.smallrye.mutiny.Uni;
import io.switchboard.error.SwitchboardException;

/** Waits, a bounded time, for what an adapter's port methods return. */
public final class Awaits {

    /** Long enough for any stubbed call; a hung call fails the test instead of stalling the build. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private Awaits() {
    }

    public static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }

    /** The SwitchboardException the call fails with; fails the test when it succeeds or fails otherwise. */
    public static SwitchboardException failure(Uni<?> uni) {
        return assertThrows(SwitchboardException.class, () -> await(uni));
    }
}
