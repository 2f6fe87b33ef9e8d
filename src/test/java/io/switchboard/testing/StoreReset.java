package io.switchboard.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.switchboard.store.CachedListPage;
import io.switchboard.store.CachedObject;
import io.switchboard.store.IdempotencyRecord;
import io.switchboard.store.StoreGeneration;

/**
 * Empties the store (cache and idempotency records) and moves its generation on, so that each test starts from the
 * vendors and no answer cached by an earlier test is replayed.
 */
@ApplicationScoped
public class StoreReset {

    @Inject
    StoreGeneration generation;

    @Transactional
    public void clear() {
        CachedListPage.deleteAll();
        CachedObject.deleteAll();
        IdempotencyRecord.deleteAll();
        generation.advance();
    }
}
