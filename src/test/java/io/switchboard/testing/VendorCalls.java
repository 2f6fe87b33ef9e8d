package io.switchboard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.domain.Vendor;

/** What the vendor stubs received, across vendors: for tests that must prove a vendor was left alone. */
public final class VendorCalls {

    private VendorCalls() {
    }

    public static void assertNoCalls(Vendor... vendors) {
        for (Vendor vendor : vendors) {
            assertEquals(0, VendorStubs.server(vendor).getAllServeEvents().size(), vendor + " was called");
        }
    }

    /** Forgets the requests every vendor received so far, keeping the stubs: to count only what follows. */
    public static void resetRequestJournals() {
        for (Vendor vendor : Vendor.values()) {
            VendorStubs.server(vendor).resetRequests();
        }
    }
}
