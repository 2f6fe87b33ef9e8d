package io.switchboard.sandbox.gbtalk;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.testing.VendorStubs;

/**
 * What the GB Talk sandbox tests share: the store, planted afresh with the seed before each test so that no test
 * sees another's writes, and a mapper for the JSON that some rows carry as strings.
 */
abstract class GbTalkSandboxTestSupport {

    @Inject
    GbTalkStore store;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void plantTheSeedAgain() {
        VendorStubs.reset();
        store.reset();
    }
}
