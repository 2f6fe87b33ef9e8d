package io.switchboard.vendor.gladly;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

/**
 * The Gladly REST calls Switchboard reads and writes with. Paths are relative to {@code switchboard.gladly.url},
 * which already ends in {@code /api/v1}. A null query parameter is left out of the request. Every non-2xx answer
 * fails through {@link GladlyErrorMapper}. Creates answer 201 with only a {@code Location} header, updates 204 with
 * nothing: those calls return the bare response.
 */
@RegisterRestClient(configKey = "gladly")
@RegisterProvider(GladlyAuthFilter.class)
@RegisterProvider(GladlyErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface GladlyApi {

    /** Response header Gladly sets when it cut a list short. */
    String LIMITED_DATA = "Gladly-Limited-Data";

    @GET
    @Path("/agents")
    Uni<List<GladlyAgent>> listAgents();

    @GET
    @Path("/agents/{agentId}")
    Uni<GladlyAgent> getAgent(@PathParam("agentId") String agentId);

    /** 301 with {@code meta.new} when the profile was merged into another. */
    @GET
    @Path("/customer-profiles/{customerId}")
    Uni<GladlyCustomerProfile> getCustomerProfile(@PathParam("customerId") String customerId);

    /** Exactly one of the parameters must be set; at most 50 profiles, newest {@code updatedAt} first. */
    @GET
    @Path("/customer-profiles")
    Uni<List<GladlyCustomerProfile>> findCustomerProfiles(@QueryParam("email") String email,
            @QueryParam("phoneNumber") String phoneNumber);

    /** At most 100, oldest first. */
    @GET
    @Path("/customers/{customerId}/conversations")
    Uni<RestResponse<List<GladlyConversation>>> listCustomerConversations(
            @PathParam("customerId") String customerId);

    @GET
    @Path("/conversations/{conversationId}")
    Uni<GladlyConversation> getConversation(@PathParam("conversationId") String conversationId);

    /** At most 1000, by ascending {@code timestamp}. */
    @GET
    @Path("/conversations/{conversationId}/items")
    Uni<RestResponse<List<GladlyConversationItem>>> listConversationItems(
            @PathParam("conversationId") String conversationId);

    /** Public: the first 1000 answers, sorted by name. */
    @GET
    @Path("/orgs/{orgId}/answers")
    Uni<List<GladlyAnswer>> listAnswers(@PathParam("orgId") String orgId, @QueryParam("lng") String language);

    /** Public: only {@code id} and {@code name} of each hit. */
    @GET
    @Path("/orgs/{orgId}/answers-search")
    Uni<List<GladlyAnswer>> searchAnswers(@PathParam("orgId") String orgId, @QueryParam("q") String search,
            @QueryParam("lng") String language);

    /** Public. */
    @GET
    @Path("/orgs/{orgId}/answers/{answerId}")
    Uni<GladlyAnswer> getAnswer(@PathParam("orgId") String orgId, @PathParam("answerId") String answerId,
            @QueryParam("lng") String language);

    // ------------------------------------------------------------------ writes

    /** 201 with {@code Location: /api/v1/customer-profiles/{id}} and no body; 409 on a taken id, email or mobile. */
    @POST
    @Path("/customer-profiles")
    Uni<RestResponse<Void>> createCustomerProfile(GladlyProfileWrite profile);

    /** 204; 404 for an unknown profile; a merged one answers 301 or 404 naming the new id. */
    @PATCH
    @Path("/customer-profiles/{customerId}")
    Uni<RestResponse<Void>> updateCustomerProfile(@PathParam("customerId") String customerId,
            GladlyProfileWrite changes);

    /** 204; 400 {@code invalid_state} e.g. when a closed conversation is reassigned. */
    @PATCH
    @Path("/conversations/{conversationId}")
    Uni<RestResponse<Void>> updateConversation(@PathParam("conversationId") String conversationId,
            GladlyConversationPatch changes);

    /** 201 with {@code Location: /api/v1/conversations/{cid}/notes/{noteId}} and no body. */
    @POST
    @Path("/conversations/{conversationId}/notes")
    Uni<RestResponse<Void>> addNote(@PathParam("conversationId") String conversationId, GladlyNoteWrite note);

    /** A note item ({@code CONVERSATION_NOTE}). */
    @GET
    @Path("/conversations/{conversationId}/notes/{noteId}")
    Uni<GladlyConversationItem> getNote(@PathParam("conversationId") String conversationId,
            @PathParam("noteId") String noteId);

    /** 201 with {@code Location: /api/v1/conversation-items/{newItemId}}; only customer items of open conversations. */
    @POST
    @Path("/conversation-items/{itemId}/reply")
    Uni<RestResponse<Void>> reply(@PathParam("itemId") String itemId, GladlyReplyWrite reply);

    @GET
    @Path("/conversation-items/{itemId}")
    Uni<GladlyConversationItem> getConversationItem(@PathParam("itemId") String itemId);

    /** 200 (not 201) with the customer and the SMS item. */
    @POST
    @Path("/communications/sms")
    Uni<GladlySmsWrite.Receipt> sendSms(GladlySmsWrite sms);
}
