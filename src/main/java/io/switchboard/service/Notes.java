package io.switchboard.service;

import java.time.Duration;
import java.time.Instant;

import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;

/**
 * What a service tells the caller besides its answer: vendors that failed while the rest of the answer stands
 * (partial results), vendors whose part was served from an older cached copy, and how long the answer may be
 * replayed. The GraphQL layer turns these into {@code errors[]} entries at the field's path, response extensions
 * and the lifetime of the answer in its response cache.
 */
public interface Notes {

    /** A vendor failed; its part of the answer is missing. */
    void vendorFailed(SwitchboardException failure);

    /** A vendor failed, and its part was served from a cached copy of this age. */
    void servedStale(Vendor vendor, Duration age);

    /**
     * The answer rests on vendor data the store would serve until then (when the copy was fetched, plus the ttl);
     * the earliest such instant bounds how long the whole answer may be replayed.
     */
    void freshUntil(Instant until);

    /** The answer rests on state the store does not keep (circuit breakers, remembered lists): never replay it. */
    void live();

    /** Notes nobody reads, for callers outside a GraphQL request. */
    static Notes ignored() {
        return new Notes() {
            @Override
            public void vendorFailed(SwitchboardException failure) {
            }

            @Override
            public void servedStale(Vendor vendor, Duration age) {
            }

            @Override
            public void freshUntil(Instant until) {
            }

            @Override
            public void live() {
            }
        };
    }
}
