package io.switchboard.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.switchboard.store.CachedListPage;
import io.switchboard.store.CachedObject;

/** Empties the cache store, so that each test starts from the vendors and sets up its own data. */
@ApplicationScoped
public class StoreReset {

    @Transactional
    public void clear() {
        CachedListPage.deleteAll();
        CachedObject.deleteAll();
    }
}
