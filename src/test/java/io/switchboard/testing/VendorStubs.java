package io.switchboard.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.switchboard.domain.Vendor;

/**
 * Starts one WireMock server per vendor on a dynamic port and points Switchboard at them with test credentials.
 * Fixtures live under {@code src/test/resources/<vendor>/} (WireMock's {@code __files}), shaped exactly like the
 * vendor docs. Tests reset the stubs they use before each test ({@link #reset()}).
 */
public class VendorStubs implements QuarkusTestResourceLifecycleManager {

    public static final String GLADLY_USER = "api-user@acme.test";
    public static final String GLADLY_TOKEN = "gladly-secret-token-7f3a";
    public static final String GLADLY_ORG = "OrgTest1";
    public static final String GBTALK_TOKEN = "gbtalk-secret-token-91c2";
    public static final String GBTALK_WEBHOOK_KEY = "gbtalk-webhook-key-55d0";
    public static final String BLINGER_TOKEN = "blinger-secret-token-3b8e";
    public static final String GAGLERS_USER = "switchboard";
    public static final String GAGLERS_KEY = "gaglers-secret-key-c4d1";

    /** The path of the GB Talk API script on its stub. */
    public static final String GBTALK_SCRIPT = "/script/include/api.php";

    private static final Map<Vendor, WireMockServer> SERVERS = new EnumMap<>(Vendor.class);

    @Override
    public synchronized Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (Vendor vendor : Vendor.values()) {
            WireMockServer server = SERVERS.get(vendor);
            if (server == null || !server.isRunning()) {
                server = new WireMockServer(options().dynamicPort().usingFilesUnderClasspath(vendor.key()));
                server.start();
                SERVERS.put(vendor, server);
            }
        }
        config.put("switchboard.gladly.url", base(Vendor.GLADLY) + "/api/v1");
        config.put("switchboard.gladly.username", GLADLY_USER);
        config.put("switchboard.gladly.token", GLADLY_TOKEN);
        config.put("switchboard.gladly.org-id", GLADLY_ORG);
        config.put("switchboard.gbtalk.url", base(Vendor.GBTALK) + GBTALK_SCRIPT);
        config.put("switchboard.gbtalk.token", GBTALK_TOKEN);
        config.put("switchboard.gbtalk.webhook-key", GBTALK_WEBHOOK_KEY);
        config.put("switchboard.blinger.url", base(Vendor.BLINGER) + "/api/external/v1");
        config.put("switchboard.blinger.token", BLINGER_TOKEN);
        config.put("switchboard.gaglers.url", base(Vendor.GAGLERS) + "/api/v1");
        config.put("switchboard.gaglers.username", GAGLERS_USER);
        config.put("switchboard.gaglers.api-key", GAGLERS_KEY);
        return config;
    }

    @Override
    public synchronized void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
    }

    public static WireMockServer server(Vendor vendor) {
        WireMockServer server = SERVERS.get(vendor);
        if (server == null) {
            throw new IllegalStateException("VendorStubs is not running; annotate the test with "
                    + "@QuarkusTestResource(VendorStubs.class)");
        }
        return server;
    }

    public static WireMockServer gladly() {
        return server(Vendor.GLADLY);
    }

    public static WireMockServer gbtalk() {
        return server(Vendor.GBTALK);
    }

    public static WireMockServer blinger() {
        return server(Vendor.BLINGER);
    }

    public static WireMockServer gaglers() {
        return server(Vendor.GAGLERS);
    }

    /** Removes every stub and recorded request of every vendor, and closes every circuit breaker. */
    public static void reset() {
        SERVERS.values().forEach(WireMockServer::resetAll);
        io.smallrye.faulttolerance.api.CircuitBreakerMaintenance.get().resetAll();
    }

    private static String base(Vendor vendor) {
        return "http://localhost:" + SERVERS.get(vendor).port();
    }
}
