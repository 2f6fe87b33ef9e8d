package io.switchboard.testing;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

/**
 * What the GraphQL end-to-end tests share: each test starts with no vendor stubs, no recorded vendor requests and an
 * empty store, so that it sees only the vendor data it stubs itself. A subclass's own {@code @BeforeEach} methods run
 * after this one.
 */
public abstract class EndToEndTestSupport {

    @Inject
    protected StoreReset storeReset;

    @BeforeEach
    void resetVendorsAndStore() {
        VendorStubs.reset();
        storeReset.clear();
    }
}
