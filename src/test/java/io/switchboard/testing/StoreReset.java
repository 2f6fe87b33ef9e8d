package io.switchboard.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.switchboard.store.CachedListPage;
import io.switchboard.store.CachedObject;
import io.switchboard.store.IdempotencyRecord;

/** Empties the store (cache and idempotency records), so that each test starts from the vendors. */
@ApplicationScoped
public class StoreReset {

    @Transactional
    public void clear() {
        CachedListPage.deleteAll();
        CachedObject.deleteAll();
        IdempotencyRecord.deleteAll();
    }
}
