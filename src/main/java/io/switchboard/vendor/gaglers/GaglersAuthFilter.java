package io.switchboard.vendor.gaglers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.switchboard.config.SwitchboardConfig;

/** Sends {@code Authorization: apikey <username>:<api-key>} with every Gaglers request. */
@ApplicationScoped
class GaglersAuthFilter implements ClientRequestFilter {

    private final String authorization;

    @Inject
    GaglersAuthFilter(SwitchboardConfig config) {
        this.authorization = "apikey " + config.gaglers().username().orElse("") + ":"
                + config.gaglers().apiKey().orElse("");
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
    }
}
