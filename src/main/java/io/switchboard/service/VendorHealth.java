package io.switchboard.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.switchboard.config.Secrets;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;

/** The last failure of each vendor, as shown by the {@code vendors} query. Messages are the safe, public ones. */
@ApplicationScoped
public class VendorHealth {

    private final Map<Vendor, String> lastErrors = new ConcurrentHashMap<>();

    @Inject
    Secrets secrets;

    void record(SwitchboardException failure) {
        if (failure.vendor() != null && failure.code() != ErrorCode.NOT_FOUND
                && failure.code() != ErrorCode.BAD_USER_INPUT && failure.code() != ErrorCode.UNSUPPORTED_BY_VENDOR) {
            lastErrors.put(failure.vendor(), secrets.redact(failure.code() + ": " + failure.getMessage()));
        }
    }

    public Optional<String> lastError(Vendor vendor) {
        return Optional.ofNullable(lastErrors.get(vendor));
    }
}
