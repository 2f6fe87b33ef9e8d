package io.switchboard.vendor.resilience;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.config.SwitchboardConfig.Resilience;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.VendorErrors;

/**
 * Each vendor's resilience policy, applied to every call Switchboard makes to it:
 * <ul>
 * <li>a timeout per call ({@code switchboard.<vendor>.timeout});</li>
 * <li>a circuit breaker per vendor (SmallRye Fault Tolerance, named {@code switchboard-<vendor>}) that opens when
 * enough recent calls timed out, failed with 5xx or were rate limited, and then fails calls fast;</li>
 * <li>a bulkhead: at most {@code max-concurrent} calls under way per vendor, so that one slow vendor cannot tie up
 * what the others need;</li>
 * <li>for reads only, retries of transient failures (connect errors, 5xx, 429) with exponential backoff and jitter,
 * or after the wait the vendor asked for. Writes are never retried.</li>
 * </ul>
 * Rate limiting per HTTP method happens below, in {@link ThrottleFilter}, on every HTTP request.
 */
@ApplicationScoped
public class VendorGuards {

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    @Inject
    SwitchboardConfig config;

    private final Map<Vendor, TypedGuard<Uni<Object>>> guards = new EnumMap<>(Vendor.class);

    @PostConstruct
    void build() {
        for (Vendor vendor : Vendor.values()) {
            Resilience policy = config.resilience(vendor);
            guards.put(vendor, TypedGuard.create(UNI)
                    .withDescription("switchboard-" + vendor.key())
                    .withCircuitBreaker()
                    .name(breakerName(vendor))
                    .requestVolumeThreshold(policy.circuit().requestVolume())
                    .failureRatio(policy.circuit().failureRatio())
                    .delay(policy.circuit().delay().toMillis(), ChronoUnit.MILLIS)
                    .when(VendorGuards::countsAgainstVendor)
                    .onStateChange(state -> Log.warnf("Circuit of %s is now %s", vendor, state))
                    .done()
                    .withBulkhead()
                    .limit(policy.maxConcurrent())
                    .queueSize(policy.maxConcurrent() * 8)
                    .done()
                    .build());
        }
    }

    /** A read: guarded, and retried while its failure is transient. */
    public <T> Uni<T> read(Vendor vendor, Supplier<Uni<T>> call) {
        Resilience policy = config.resilience(vendor);
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> once(vendor, call))
                .onFailure(failure -> failure instanceof SwitchboardException e && e.transientFailure()
                        && (e.retryAfter() == null || e.retryAfter().compareTo(policy.timeout()) <= 0)
                        && attempts.incrementAndGet() <= policy.retries())
                .retry().when(failures -> failures.onItem().transformToUniAndConcatenate(failure -> {
                    Duration wait = backoff(policy, attempts.get(), (SwitchboardException) failure);
                    Log.debugf("Retrying a read from %s in %d ms", vendor, wait.toMillis());
                    Uni<Throwable> next = Uni.createFrom().item(failure);
                    return wait.isZero() ? next : next.onItem().delayIt().by(wait);
                }));
    }

    /** A write: guarded, never retried. */
    public <T> Uni<T> write(Vendor vendor, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> once(vendor, call));
    }

    /** The circuit's state as the {@code vendors} query shows it: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState(Vendor vendor) {
        return CircuitBreakerMaintenance.get().currentState(breakerName(vendor)).name();
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> once(Vendor vendor, Supplier<Uni<T>> call) {
        Duration timeout = config.resilience(vendor).timeout();
        Uni<Object> guarded = guards.get(vendor).get(() -> ((Uni<Object>) call.get())
                .ifNoItem().after(timeout).failWith(() -> SwitchboardException.unavailable(vendor,
                        "it did not answer within " + timeout.toMillis() + " ms", null))
                .onFailure().transform(failure -> VendorErrors.map(vendor, failure)));
        return (Uni<T>) guarded.onFailure().transform(failure -> {
            if (failure instanceof CircuitBreakerOpenException) {
                return SwitchboardException.unavailable(vendor, "its circuit is open after repeated failures", null);
            }
            if (failure instanceof BulkheadException) {
                return SwitchboardException.unavailable(vendor, "too many calls to it are already under way", null);
            }
            return VendorErrors.map(vendor, failure);
        });
    }

    /** Timeouts, 5xx and rate limiting count against a vendor; its refusals and "not found" do not. */
    private static boolean countsAgainstVendor(Throwable failure) {
        return failure instanceof SwitchboardException e
                && (e.code() == ErrorCode.VENDOR_UNAVAILABLE || e.code() == ErrorCode.VENDOR_RATE_LIMITED);
    }

    private static Duration backoff(Resilience policy, int attempt, SwitchboardException failure) {
        if (failure.retryAfter() != null) {
            return failure.retryAfter();
        }
        // exponential, with full jitter around it: between half and one and a half times the step
        long step = policy.retryBackoff().toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step + 1));
    }

    static String breakerName(Vendor vendor) {
        return "switchboard-" + vendor.key();
    }
}
