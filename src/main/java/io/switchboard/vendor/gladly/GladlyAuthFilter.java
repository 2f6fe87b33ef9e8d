package io.switchboard.vendor.gladly;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.switchboard.config.SwitchboardConfig;

/**
 * Adds Gladly's HTTP Basic credentials (API user's email and API token) to every call. The header is set directly
 * because Gladly expects it pre-emptively, without a challenge. It goes on the public answers calls too, where
 * Gladly does not need it and it does no harm.
 */
@ApplicationScoped
class GladlyAuthFilter implements ClientRequestFilter {

    private final String authorization;

    GladlyAuthFilter(SwitchboardConfig config) {
        this.authorization = config.gladly().username()
                .flatMap(user -> config.gladly().token().map(token -> basic(user, token)))
                .orElse(null);
    }

    static String basic(String user, String token) {
        String credentials = user + ":" + token;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (authorization != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
