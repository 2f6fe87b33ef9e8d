package io.switchboard.vendor.blinger;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * The Blinger external API (base URL {@code switchboard.blinger.url}, which includes {@code /api/external/v1}). Every
 * answer is wrapped in a {@link BlingerEnvelope}.
 */
@RegisterRestClient(configKey = "blinger")
@RegisterProvider(BlingerAuthFilter.class)
@Produces(MediaType.APPLICATION_JSON)
interface BlingerApi {

    @GET
    @Path("/agents")
    Uni<BlingerEnvelope<List<BlingerAgent>>> listAgents();

    @GET
    @Path("/agents/{id}")
    Uni<BlingerEnvelope<BlingerAgent>> getAgent(@PathParam("id") String id);

    @POST
    @Path("/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<BlingerEnvelope<BlingerAgent>> createAgent(BlingerAgentInput agent);

    @PUT
    @Path("/agents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<BlingerEnvelope<BlingerAgent>> updateAgent(@PathParam("id") String id, BlingerAgentInput changes);

    /** Blinger's error bodies are undocumented, so the status decides and a {@code message} is only a hint. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return BlingerErrors.fromResponse(response);
    }
}
