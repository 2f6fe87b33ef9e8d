package io.switchboard.domain;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/**
 * The support systems Switchboard puts behind one API. The declaration order is the documented order in which
 * cross-vendor lists are merged.
 */
@Description("A support system behind Switchboard. Cross-vendor lists are ordered by vendor in this order.")
public enum Vendor {
    GLADLY,
    GBTALK,
    BLINGER,
    GAGLERS;

    /** The lower-case name used in global ids and configuration keys, e.g. {@code gbtalk}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Vendor> fromKey(String key) {
        for (Vendor vendor : values()) {
            if (vendor.key().equals(key)) {
                return Optional.of(vendor);
            }
        }
        return Optional.empty();
    }
}
