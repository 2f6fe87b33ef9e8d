package io.switchboard.vendor.gaglers;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    /** Registers an agent; Gaglers answers 201 with the new user's URI in {@code Location} and no body. */
    @POST
    @Path("/user/")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> createUser(GaglersUserInput user);

    /** Creates a chat widget; Gaglers answers 201 with the new topic's URI in {@code Location} and no body. */
    @POST
    @Path("/topic/")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> createTopic(GaglersTopicInput topic);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return GaglersErrors.fromResponse(response);
    }
}
