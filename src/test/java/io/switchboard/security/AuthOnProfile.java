package io.switchboard.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test runtime as a production deployment configures it: caller authentication on, tokens verified with the
 * test-only public key in {@code src/test/resources/security/}, one browser origin allowed.
 */
public class AuthOnProfile implements QuarkusTestProfile {

    public static final String ISSUER = "https://issuer.switchboard.test";
    public static final String FRONTEND_ORIGIN = "https://support.example.test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.auth.enabled", "true",
                "mp.jwt.verify.publickey.location", "security/test-only-jwt-public.pem",
                "mp.jwt.verify.issuer", ISSUER,
                "quarkus.http.cors.origins", FRONTEND_ORIGIN);
    }
}
