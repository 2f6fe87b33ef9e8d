package io.switchboard.sandbox.gladly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.switchboard.config.SwitchboardConfig;

/**
 * Gladly's authentication: HTTP Basic with the API user's email as user name and an API token as password. The
 * sandbox accepts exactly the pair configured for the Gladly client ({@code switchboard.gladly.username} and
 * {@code .token}), read at request time, so the client is checked against the credentials it really sends.
 */
@Provider
@GladlyAuthenticated
@Priority(Priorities.AUTHENTICATION)
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlySandboxAuthFilter implements ContainerRequestFilter {

    private static final String BASIC = "Basic ";

    /**
     * Looked up per request: Quarkus REST creates its filters during static initialisation, before runtime
     * configuration such as {@code switchboard.gladly.*} can be read.
     */
    private final Instance<SwitchboardConfig> config;

    public GladlySandboxAuthFilter(Instance<SwitchboardConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!authorized(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            // the header itself is never logged: it carries the token
            Log.debugf("Gladly sandbox refused %s %s: missing or wrong credentials", request.getMethod(),
                    request.getUriInfo().getPath());
            request.abortWith(Response.fromResponse(GladlyErrors.of(Response.Status.UNAUTHORIZED, null,
                    "unauthorized", "missing or invalid API credentials"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Gladly API\"")
                    .build());
        }
    }

    private boolean authorized(String header) {
        SwitchboardConfig.Gladly gladly = config.get().gladly();
        Optional<String> username = gladly.username();
        Optional<String> token = gladly.token();
        if (username.isEmpty() || token.isEmpty() || header == null
                || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userMatches = same(credentials.substring(0, colon), username.get());
        boolean tokenMatches = same(credentials.substring(colon + 1), token.get());
        return userMatches && tokenMatches;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
