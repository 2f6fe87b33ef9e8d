package io.switchboard.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.switchboard.store.IdempotencyRecord.State;

/**
 * Remembers mutations by client mutation id for 24 hours, shared by all replicas through the store. A mutation is
 * first reserved (a PENDING row whose primary key makes a concurrent duplicate fail), then completed with its
 * result or its failure. Each method is its own short transaction, never open while the vendor is called.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final Duration KEEP_FOR = Duration.ofHours(24);

    /**
     * Reserves the key, or answers the record already there (unexpired). An empty answer means the caller holds the
     * reservation and must complete or release it.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<IdempotencyRecord> reserve(String key, String inputHash) {
        IdempotencyRecord existing = IdempotencyRecord.findById(key);
        Instant now = Instant.now();
        if (existing != null && existing.expiresAt.isAfter(now)) {
            return Optional.of(existing);
        }
        if (existing != null) {
            existing.delete();
            IdempotencyRecord.flush();
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = key;
        record.inputHash = inputHash;
        record.state = State.PENDING;
        record.createdAt = now;
        record.expiresAt = now.plus(KEEP_FOR);
        record.persist();
        try {
            IdempotencyRecord.flush();
        } catch (PersistenceException concurrentDuplicate) {
            throw new ConcurrentReservation();
        }
        return Optional.empty();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void complete(String key, String resultType, String result) {
        IdempotencyRecord record = IdempotencyRecord.findById(key);
        if (record != null) {
            record.state = State.DONE;
            record.resultType = resultType;
            record.result = result;
        }
    }

    /** Keeps a failure whose effect at the vendor is unknown, so a retry answers it instead of writing twice. */
    @Transactional(TxType.REQUIRES_NEW)
    public void fail(String key, String code, String vendor, String message) {
        IdempotencyRecord record = IdempotencyRecord.findById(key);
        if (record != null) {
            record.state = State.FAILED;
            record.errorCode = code;
            record.errorVendor = vendor;
            record.errorMessage = message.length() > 1000 ? message.substring(0, 1000) : message;
        }
    }

    /** Forgets a reservation whose mutation certainly did not take effect, so that a retry may run it. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(String key) {
        IdempotencyRecord.deleteById(key);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public long purgeExpired() {
        return IdempotencyRecord.delete("expiresAt < ?1", Instant.now());
    }

    /** Another request reserved the same key at the same moment. */
    public static final class ConcurrentReservation extends RuntimeException {

        ConcurrentReservation() {
            super(null, null, false, false);
        }
    }
}
