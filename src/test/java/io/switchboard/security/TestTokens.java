package io.switchboard.security;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/** Mints the bearer tokens the security tests present, signed with the test-only key pair unless said otherwise. */
final class TestTokens {

    private static final String PRIVATE_KEY = "security/test-only-jwt-private.pem";

    private TestTokens() {
    }

    /** A valid token naming these groups (none: a caller without any Switchboard role). */
    static String withGroups(String... groups) {
        return claims(AuthOnProfile.ISSUER, groups).sign(testKey());
    }

    static String expired() {
        return Jwt.issuer(AuthOnProfile.ISSUER).subject("alice").groups(Roles.VIEWER)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(testKey());
    }

    static String fromIssuer(String issuer) {
        return claims(issuer, Roles.VIEWER).sign(testKey());
    }

    /** Right claims, signed with a key the service does not know. */
    static String signedWithAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(AuthOnProfile.ISSUER, Roles.ADMIN).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) with admin claims: must never be accepted. */
    static String unsigned() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + AuthOnProfile.ISSUER + "\",\"sub\":\"mallory\",\"groups\":[\"" + Roles.ADMIN
                + "\"],\"iat\":" + now + ",\"exp\":" + (now + 300) + "}";
        return encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static JwtClaimsBuilder claims(String issuer, String... groups) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).subject("alice").expiresIn(300);
        return groups.length == 0 ? builder : builder.groups(Set.of(groups));
    }

    private static PrivateKey testKey() {
        try {
            return KeyUtils.readPrivateKey(PRIVATE_KEY);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + PRIVATE_KEY, e);
        }
    }
}
