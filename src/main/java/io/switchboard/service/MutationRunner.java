package io.switchboard.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.store.IdempotencyRecord;
import io.switchboard.store.IdempotencyRecord.State;
import io.switchboard.store.IdempotencyStore;
import io.switchboard.store.IdempotencyStore.ConcurrentReservation;

/**
 * Runs a write at a vendor at most once per client mutation id. Without an id the write simply runs once; it is
 * never retried by Switchboard. With an id, a retry within 24 hours answers the first result without calling the
 * vendor; a first attempt whose effect at the vendor is unknown (timeout, 5xx) is remembered as failed, so that a
 * retry reports the same error instead of, say, sending a message twice.
 */
@ApplicationScoped
public class MutationRunner {

    private static final int MAX_CLIENT_MUTATION_ID = 200;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    VendorCalls calls;

    @Inject
    ObjectMapper json;

    /**
     * @param mutation the mutation's name, part of the idempotency key
     * @param clientMutationId the caller's id for this write, or null
     * @param arguments everything the caller sent, hashed to detect an id reused for another write
     */
    public <T> T run(String mutation, String clientMutationId, Object arguments, Class<T> resultType, Vendor vendor,
            Supplier<Uni<T>> write) {
        if (clientMutationId == null) {
            return calls.write(vendor, write);
        }
        if (clientMutationId.isBlank() || clientMutationId.length() > MAX_CLIENT_MUTATION_ID) {
            throw SwitchboardException.badInput(List.of("clientMutationId"),
                    "clientMutationId must be 1 to " + MAX_CLIENT_MUTATION_ID + " characters");
        }
        String key = mutation + ":" + clientMutationId;
        String hash = hash(arguments);
        Optional<IdempotencyRecord> earlier;
        try {
            earlier = idempotency.reserve(key, hash);
        } catch (ConcurrentReservation e) {
            throw inProgress();
        }
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash, resultType);
        }
        T result;
        try {
            result = calls.write(vendor, write);
        } catch (SwitchboardException failure) {
            if (failure.code() == ErrorCode.VENDOR_UNAVAILABLE) {
                idempotency.fail(key, failure.code().name(), vendor.name(), failure.getMessage());
            } else {
                idempotency.release(key); // the vendor refused: nothing happened, a corrected retry may run
            }
            throw failure;
        } catch (RuntimeException unexpected) {
            idempotency.fail(key, ErrorCode.INTERNAL.name(), null, "The write failed unexpectedly");
            throw unexpected;
        }
        idempotency.complete(key, resultType.getSimpleName(), write(result));
        return result;
    }

    private <T> T replay(IdempotencyRecord record, String hash, Class<T> resultType) {
        if (!record.inputHash.equals(hash)) {
            throw SwitchboardException.badInput(List.of("clientMutationId"),
                    "This clientMutationId was already used for a different write in the last 24 hours");
        }
        if (record.state == State.PENDING) {
            throw inProgress();
        }
        if (record.state == State.FAILED) {
            Vendor vendor = record.errorVendor == null ? null : Vendor.valueOf(record.errorVendor);
            throw new SwitchboardException(ErrorCode.valueOf(record.errorCode), vendor, record.errorMessage
                    + " (the first attempt's outcome at the vendor is unknown; check before writing again with a "
                    + "new clientMutationId)");
        }
        try {
            return json.readValue(record.result, resultType);
        } catch (JsonProcessingException e) {
            Log.warnf("Unreadable idempotency record %s", record.id);
            throw new SwitchboardException(ErrorCode.INTERNAL, null, "The earlier result could not be read", e);
        }
    }

    private static SwitchboardException inProgress() {
        return SwitchboardException.badInput(List.of("clientMutationId"),
                "A write with this clientMutationId is still in progress; retry in a moment");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private String hash(Object arguments) {
        try {
            byte[] bytes = json.writeValueAsString(arguments).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash mutation arguments", e);
        }
    }
}
