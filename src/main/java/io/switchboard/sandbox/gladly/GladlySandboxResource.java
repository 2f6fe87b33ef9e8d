package io.switchboard.sandbox.gladly;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.sandbox.gladly.GladlyJson.Agent;
import io.switchboard.sandbox.gladly.GladlyJson.CustomerProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Topic;
import io.switchboard.sandbox.gladly.GladlySandboxStore.Limited;
import io.switchboard.sandbox.gladly.GladlySandboxWrites.Refused;

/**
 * Gladly's authenticated REST API v1, served from {@link GladlySandboxStore} under {@value #BASE} in dev mode, so
 * that the Gladly client talks HTTP to something that behaves like Gladly: same paths, shapes, caps, headers and
 * error bodies. Where Gladly's documentation is silent, the sandbox follows
 * shared/vendor-docs/gladly-api-supplement.md. Writes go through {@link GladlySandboxWrites}: creates answer 201
 * with a root-relative {@code Location} and no body, updates 204, as Gladly does; since the sandbox's API root is
 * {@value #BASE}, its {@code Location}s start there rather than at {@code /api/v1}.
 */
@Path(GladlySandboxResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@GladlyAuthenticated
@GladlyRateLimited
@Blocking
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlySandboxResource {

    public static final String BASE = "/sandbox/gladly/api/v1";
    /** Gladly's flag for a list cut off at its cap; there is no paging to fetch the rest. */
    public static final String LIMITED_DATA_HEADER = "Gladly-Limited-Data";

    private final GladlySandboxStore store;
    private final GladlySandboxWrites writes;

    public GladlySandboxResource(GladlySandboxStore store, GladlySandboxWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    // ---------------------------------------------------------------- agents

    @GET
    @Path("/agents")
    public List<Agent> agents() {
        return store.agents();
    }

    @GET
    @Path("/agents/{agentId}")
    public Response agent(@PathParam("agentId") String agentId) {
        return found(store.agent(agentId), "agentId", "agent does not exist");
    }

    // ---------------------------------------------------------------- customers

    /** A merged-away profile answers 301 with the new id in {@code meta.new} and, as documented, no Location. */
    @GET
    @Path("/customer-profiles/{customerId}")
    public Response customer(@PathParam("customerId") String customerId) {
        Optional<CustomerProfile> customer = store.customer(customerId);
        if (customer.isPresent()) {
            return Response.ok(customer.get()).build();
        }
        return store.mergedInto(customerId)
                .map(newId -> GladlyErrors.moved(customerId, newId))
                .orElseGet(() -> GladlyErrors.notFound("customerId", "customer does not exist"));
    }

    /** Exactly one of the three criteria; newest {@code updatedAt} first, at most 50. */
    @GET
    @Path("/customer-profiles")
    public Response searchCustomers(@QueryParam("email") String email,
            @QueryParam("phoneNumber") String phoneNumber,
            @QueryParam("externalCustomerId") String externalCustomerId) {
        long given = Stream.of(email, phoneNumber, externalCustomerId).filter(p -> p != null).count();
        if (given != 1) {
            return GladlyErrors.of(Response.Status.BAD_REQUEST, null, "invalid",
                    "exactly one of email, phoneNumber or externalCustomerId is required");
        }
        if (email != null) {
            return email.isBlank() ? blank("email") : limited(store.customersByEmail(email));
        }
        if (phoneNumber != null) {
            return phoneNumber.isBlank() ? blank("phoneNumber") : limited(store.customersByPhone(phoneNumber));
        }
        return externalCustomerId.isBlank() ? blank("externalCustomerId")
                : limited(store.customersByExternalId(externalCustomerId));
    }

    @POST
    @Path("/customer-profiles")
    @Consumes(MediaType.WILDCARD)
    public Response createCustomer(String body) {
        return created("/customer-profiles/" + writes.createCustomer(body));
    }

    @PATCH
    @Path("/customer-profiles/{customerId}")
    @Consumes(MediaType.WILDCARD)
    public Response updateCustomer(@PathParam("customerId") String customerId, String body) {
        writes.updateCustomer(customerId, body);
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------- conversations

    /**
     * Oldest first, at most 100, {@code Gladly-Limited-Data} when there are more. Gladly documents no error here;
     * the sandbox answers an unknown customer with 404, as every other lookup by id.
     */
    @GET
    @Path("/customers/{customerId}/conversations")
    public Response conversationsOf(@PathParam("customerId") String customerId) {
        if (store.customer(customerId).isEmpty()) {
            return GladlyErrors.notFound("customerId", "customer does not exist");
        }
        return limited(store.conversationsOf(customerId));
    }

    @GET
    @Path("/conversations/{conversationId}")
    public Response conversation(@PathParam("conversationId") String conversationId) {
        return found(store.conversation(conversationId), "conversationId", "conversation does not exist");
    }

    /** Ascending by timestamp, at most 1000; {@code sessionId} narrows to one chat session. */
    @GET
    @Path("/conversations/{conversationId}/items")
    public Response items(@PathParam("conversationId") String conversationId,
            @QueryParam("sessionId") String sessionId) {
        if (store.conversation(conversationId).isEmpty()) {
            return GladlyErrors.notFound("conversationId", "conversation does not exist");
        }
        return limited(store.items(conversationId, sessionId));
    }

    @GET
    @Path("/conversations/{conversationId}/notes/{noteId}")
    public Response note(@PathParam("conversationId") String conversationId, @PathParam("noteId") String noteId) {
        if (store.conversation(conversationId).isEmpty()) {
            return GladlyErrors.notFound("conversationId", "conversation does not exist");
        }
        return found(store.note(conversationId, noteId), "noteId", "note does not exist");
    }

    @PATCH
    @Path("/conversations/{conversationId}")
    @Consumes(MediaType.WILDCARD)
    public Response updateConversation(@PathParam("conversationId") String conversationId, String body) {
        writes.updateConversation(conversationId, body);
        return Response.noContent().build();
    }

    @POST
    @Path("/conversations/{conversationId}/notes")
    @Consumes(MediaType.WILDCARD)
    public Response addNote(@PathParam("conversationId") String conversationId, String body) {
        return created("/conversations/" + conversationId + "/notes/" + writes.addNote(conversationId, body));
    }

    // ---------------------------------------------------------------- conversation items

    /** Any item, in a conversation or not (an SMS sent through the communications API is in none). */
    @GET
    @Path("/conversation-items/{itemId}")
    public Response item(@PathParam("itemId") String itemId) {
        return found(store.item(itemId), "itemId", "conversation item does not exist");
    }

    @POST
    @Path("/conversation-items/{itemId}/reply")
    @Consumes(MediaType.WILDCARD)
    public Response reply(@PathParam("itemId") String itemId, String body) {
        return created("/conversation-items/" + writes.reply(itemId, body));
    }

    // ---------------------------------------------------------------- communications

    /** 200, not 201: Gladly answers with the customer and the item rather than a location. */
    @POST
    @Path("/communications/sms")
    @Consumes(MediaType.WILDCARD)
    public GladlySandboxWrites.SmsSent sendSms(String body) {
        return writes.sendSms(body);
    }

    // ---------------------------------------------------------------- topics

    @GET
    @Path("/topics")
    public List<Topic> topics() {
        return store.topics();
    }

    @GET
    @Path("/topics/{topicId}")
    public Response topic(@PathParam("topicId") String topicId) {
        return found(store.topic(topicId), "topicId", "topic does not exist");
    }

    // ----------------------------------------------------------------

    /** Gladly's error body for a refused write. */
    @ServerExceptionMapper
    public Response refused(Refused refused) {
        return GladlyErrors.of(refused.status(), refused.error());
    }

    /**
     * 201 with the new object's root-relative path and no body. Set as a plain header: the JAX-RS
     * {@code created(URI)} would make it absolute.
     */
    private static Response created(String path) {
        return Response.status(Response.Status.CREATED).header("Location", BASE + path).build();
    }

    private static Response found(Optional<?> value, String attr, String detail) {
        return value.map(v -> Response.ok(v).build()).orElseGet(() -> GladlyErrors.notFound(attr, detail));
    }

    private static Response blank(String attr) {
        return GladlyErrors.of(Response.Status.BAD_REQUEST, attr, "blank", attr + " cannot be blank");
    }

    static Response limited(Limited<?> list) {
        Response.ResponseBuilder ok = Response.ok(list.items());
        if (list.truncated()) {
            ok.header(LIMITED_DATA_HEADER, "true");
        }
        return ok.build();
    }
}
