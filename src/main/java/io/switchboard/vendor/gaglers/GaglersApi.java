package io.switchboard.vendor.gaglers;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * The Gaglers REST API (base URL {@code switchboard.gaglers.url}, which includes {@code /api/v1}). Resource paths end
 * with a slash, as in every example of the Gaglers docs.
 */
@RegisterRestClient(configKey = "gaglers")
@RegisterProvider(GaglersAuthFilter.class)
@Produces(MediaType.APPLICATION_JSON)
interface GaglersApi {

    @GET
    @Path("/user/{id}/")
    Uni<GaglersUser> getUser(@PathParam("id") String id);

    @GET
    @Path("/topic/{id}/")
    Uni<GaglersTopic> getTopic(@PathParam("id") String id);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return GaglersErrors.fromResponse(response);
    }
}
