package io.switchboard.vendor;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;

/** The answer of a port method a vendor has no API for. */
final class Unsupported {

    private Unsupported() {
    }

    static <T> Uni<T> failure(Vendor vendor, String operation) {
        return Uni.createFrom().failure(SwitchboardException.unsupported(vendor, operation));
    }
}
