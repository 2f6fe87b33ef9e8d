package io.switchboard.vendor.resilience;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.Vendor;

/**
 * The shared rate limiters, one per vendor and HTTP method (Gladly counts each method separately), sized by
 * {@code switchboard.<vendor>.rate-limit}. Shared by every request of this replica.
 */
@ApplicationScoped
public class Throttles {

    @Inject
    SwitchboardConfig config;

    private final Map<String, Throttle> throttles = new ConcurrentHashMap<>();

    /** How long a call must wait before it may be sent, in nanoseconds; 0 when the vendor has no limit. */
    public long reserve(Vendor vendor, String method) {
        Throttle throttle = throttle(vendor, method);
        return throttle == null ? 0 : throttle.reserve(System.nanoTime());
    }

    /** The vendor said nothing more may be sent with this method for {@code nanos}. */
    public void pause(Vendor vendor, String method, long nanos) {
        Throttle throttle = throttle(vendor, method);
        if (throttle != null) {
            throttle.pauseUntil(System.nanoTime() + nanos);
        }
    }

    private Throttle throttle(Vendor vendor, String method) {
        int rate = config.resilience(vendor).rateLimit();
        if (rate <= 0) {
            return null;
        }
        return throttles.computeIfAbsent(vendor.key() + " " + method.toUpperCase(Locale.ROOT),
                key -> new Throttle(rate));
    }
}
