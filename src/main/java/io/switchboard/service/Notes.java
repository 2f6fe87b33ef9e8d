package io.switchboard.service;

import java.time.Duration;

import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;

/**
 * What a service tells the caller besides its answer: vendors that failed while the rest of the answer stands
 * (partial results), and vendors whose part was served from an older cached copy. The GraphQL layer turns these
 * into {@code errors[]} entries at the field's path and response extensions.
 */
public interface Notes {

    /** A vendor failed; its part of the answer is missing. */
    void vendorFailed(SwitchboardException failure);

    /** A vendor failed, and its part was served from a cached copy of this age. */
    void servedStale(Vendor vendor, Duration age);

    /** Notes nobody reads, for callers outside a GraphQL request. */
    static Notes ignored() {
        return new Notes() {
            @Override
            public void vendorFailed(SwitchboardException failure) {
            }

            @Override
            public void servedStale(Vendor vendor, Duration age) {
            }
        };
    }
}
