package io.switchboard.vendor.blinger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.switchboard.config.SwitchboardConfig;

/** Puts the configured Blinger token, as is and without a scheme, into every request's {@code Authorization} header. */
@ApplicationScoped
class BlingerAuthFilter implements ClientRequestFilter {

    private final String token;

    @Inject
    BlingerAuthFilter(SwitchboardConfig config) {
        this.token = config.blinger().token().orElse("");
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, token);
    }
}
