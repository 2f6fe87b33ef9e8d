package io.switchboard.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.switchboard.store.CachedListPage;
import io.switchboard.store.CachedObject;
import io.switchboard.store.IdempotencyRecord;
import io.switchboard.store.StoreFills;
import io.switchboard.store.StoreGeneration;

/**
 * Empties the store (cache and idempotency records) and moves its generation on, so that each test starts from the
 * vendors and no answer cached by an earlier test is replayed.
 */
@ApplicationScoped
public class StoreReset {

    @Inject
    StoreGeneration generation;

    @Inject
    StoreFills fills;

    public void clear() {
        fills.await(); // an earlier test's copies, still on their way, must not land in the next test's store
        empty();
        fills.forgetWritten();
    }

    @Transactional
    void empty() {
        CachedListPage.deleteAll();
        CachedObject.deleteAll();
        IdempotencyRecord.deleteAll();
        generation.advance();
    }
}
