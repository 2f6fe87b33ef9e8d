package io.switchboard.vendor.gbtalk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * The GB Talk Web API: one script ({@code switchboard.gbtalk.url} is its full URL) that takes every call as a
 * form-encoded POST with {@code token}, {@code function} and the function's arguments. The body is handed back as
 * text and read by {@link GbTalkReplies}, because the product's content type cannot be relied on and the envelope
 * decides success, not the status line alone.
 */
@RegisterRestClient(configKey = "gbtalk")
interface GbTalkApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<String> call(MultivaluedMap<String, String> form);

    /** Keeps the body of an error answer: GB Talk says in it what went wrong ({@code invalid-token}, ...). */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        String body = null;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            // no body to read: the status alone decides
        }
        return new GbTalkHttpException(response.getStatus(), body);
    }
}
