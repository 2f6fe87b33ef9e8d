package io.switchboard.sandbox.gladly;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.sandbox.gladly.GladlyJson.AnswerTitle;

/**
 * Gladly's public answers, which need no credentials but only exist for the organization the client is configured
 * with ({@code switchboard.gladly.org-id}); any other {@code orgId} is a 404. {@code lng} defaults to
 * {@code en-us}; {@code audienceId} is accepted and ignored, since the sandbox has no audiences.
 */
@Path(GladlySandboxResource.BASE + "/orgs/{orgId}")
@Produces(MediaType.APPLICATION_JSON)
@GladlyRateLimited
@Blocking
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlyPublicAnswersResource {

    private final GladlySandboxStore store;
    private final SwitchboardConfig config;

    public GladlyPublicAnswersResource(GladlySandboxStore store, SwitchboardConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Sorted by name, at most 1000. */
    @GET
    @Path("/answers")
    public Response answers(@PathParam("orgId") String orgId, @QueryParam("lng") String lng) {
        if (!knownOrg(orgId)) {
            return unknownOrg();
        }
        return GladlySandboxResource.limited(store.answers(lng));
    }

    @GET
    @Path("/answers-search")
    public Response search(@PathParam("orgId") String orgId, @QueryParam("q") String q,
            @QueryParam("lng") String lng) {
        if (!knownOrg(orgId)) {
            return unknownOrg();
        }
        if (q == null || q.isBlank()) {
            return GladlyErrors.of(Response.Status.BAD_REQUEST, "q", "blank", "q cannot be blank");
        }
        return Response.ok(store.searchAnswers(q, lng).stream()
                .map(answer -> new AnswerTitle(answer.id(), answer.name()))
                .toList()).build();
    }

    @GET
    @Path("/answers/{answerId}")
    public Response answer(@PathParam("orgId") String orgId, @PathParam("answerId") String answerId,
            @QueryParam("lng") String lng) {
        if (!knownOrg(orgId)) {
            return unknownOrg();
        }
        return store.answer(lng, answerId)
                .map(answer -> Response.ok(answer).build())
                .orElseGet(() -> GladlyErrors.notFound("answerId", "answer does not exist"));
    }

    private boolean knownOrg(String orgId) {
        return config.gladly().orgId().filter(orgId::equals).isPresent();
    }

    private static Response unknownOrg() {
        return GladlyErrors.notFound("orgId", "organization does not exist");
    }
}
