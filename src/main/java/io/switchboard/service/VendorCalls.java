package io.switchboard.service;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.VendorErrors;
import io.switchboard.vendor.resilience.VendorGuards;

/**
 * Runs vendor calls concurrently and waits for all of them on the calling worker thread, within the request's
 * time budget. Each call's failure is kept apart, so one vendor failing never hides another vendor's answer. Every
 * call passes its vendor's {@link VendorGuards} policy: reads may be retried, writes never are.
 */
@ApplicationScoped
public class VendorCalls {

    @Inject
    SwitchboardConfig config;

    @Inject
    VendorHealth health;

    @Inject
    VendorGuards guards;

    /**
     * Starts every call at once and waits for all. Keys keep their order in the result.
     *
     * @param vendorOf which vendor a key's call goes to, for naming a failure
     */
    public <K, V> Map<K, Outcome<V>> all(Map<K, Supplier<Uni<V>>> calls, Function<K, Vendor> vendorOf) {
        Map<K, Outcome<V>> outcomes = new LinkedHashMap<>();
        if (calls.isEmpty()) {
            return outcomes;
        }
        List<K> keys = List.copyOf(calls.keySet());
        Duration budget = config.requestBudget();
        List<Uni<Outcome<V>>> unis = keys.stream()
                .map(key -> {
                    Vendor vendor = vendorOf.apply(key);
                    return guarded(() -> guards.read(vendor, calls.get(key)), vendor, budget);
                })
                .toList();
        // Every call ends by itself within the budget, so the join cannot outlive it by more than scheduling.
        List<Outcome<V>> results = Uni.join().all(unis).andFailFast().await().atMost(budget.plusSeconds(1));
        for (int i = 0; i < keys.size(); i++) {
            Outcome<V> outcome = results.get(i);
            if (!outcome.ok()) {
                health.record(outcome.failure());
            }
            outcomes.put(keys.get(i), outcome);
        }
        return outcomes;
    }

    /** One read, waited for within the budget; its failure is thrown. */
    public <V> V one(Vendor vendor, Supplier<Uni<V>> call) {
        return all(Map.of(vendor, call), v -> v).get(vendor).orThrow();
    }

    /** One write: guarded like a read but never retried, waited for within the budget; its failure is thrown. */
    public <V> V write(Vendor vendor, Supplier<Uni<V>> call) {
        Duration budget = config.requestBudget();
        Outcome<V> outcome = guarded(() -> guards.write(vendor, call), vendor, budget).await()
                .atMost(budget.plusSeconds(1));
        if (!outcome.ok()) {
            health.record(outcome.failure());
        }
        return outcome.orThrow();
    }

    private static <V> Uni<Outcome<V>> guarded(Supplier<Uni<V>> call, Vendor vendor, Duration budget) {
        Uni<V> uni;
        try {
            uni = call.get();
        } catch (RuntimeException e) {
            return Uni.createFrom().item(Outcome.failed(VendorErrors.map(vendor, e)));
        }
        return uni.map(Outcome::of)
                .ifNoItem().after(budget).failWith(() -> SwitchboardException.unavailable(vendor,
                        "it did not answer within " + budget.toMillis() + " ms", null))
                .onFailure().recoverWithItem(t -> Outcome.failed(VendorErrors.map(vendor, t)));
    }
}
