package io.switchboard.vendor.resilience;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Short timeouts and a small circuit breaker, so that fault tests run in milliseconds, not seconds; no Gladly
 * self-throttle.
 */
public class ResilienceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        for (String vendor : new String[] { "gladly", "gbtalk", "blinger", "gaglers" }) {
            config.put("switchboard." + vendor + ".timeout", "PT1S");
            config.put("switchboard." + vendor + ".retries", "2");
            config.put("switchboard." + vendor + ".retry-backoff", "PT0.01S");
            config.put("switchboard." + vendor + ".circuit.request-volume", "4");
            config.put("switchboard." + vendor + ".circuit.failure-ratio", "0.5");
            config.put("switchboard." + vendor + ".circuit.delay", "PT0.5S");
        }
        // Gladly's self-throttle (GladlyThrottleTest's subject) is lifted: a test that sends a burst of failing
        // calls would otherwise leave the next test's first Gladly call waiting for a slot past the 1 s timeout.
        config.put("switchboard.gladly.rate-limit", "0");
        config.put("switchboard.request-budget", "PT2.5S");
        config.put("switchboard.cache.ttl", "PT0S");
        return config;
    }
}
