package io.switchboard.sandbox.gaglers;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.config.SwitchboardConfig;

/**
 * The Gaglers REST API ({@code /api/v1}) served by Switchboard itself in dev mode and tests, with seeded agents and
 * chat widgets. Requests must carry {@code Authorization: apikey <username>:<api-key>} with the configured
 * {@code switchboard.gaglers.*} credentials, else 403 as Gaglers documents. Paths work with and without the trailing
 * slash the docs use. Gaglers documents its status codes but no error bodies: failures answer
 * {@code {"error": "..."}}.
 */
@Path("/sandbox/gaglers/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProfile(anyOf = { "dev", "test" })
@Blocking
public class GaglersSandboxResource {

    private static final String SCHEME = "apikey ";

    @Inject
    SwitchboardConfig config;

    @Inject
    GaglersSandboxData data;

    @GET
    @Path("/user/{id}{slash: /?}")
    public SandboxGaglersUser user(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        authorize(authorization);
        return data.user(number(id)).orElseThrow(() -> failure(404, "Not found"));
    }

    @GET
    @Path("/topic/{id}{slash: /?}")
    public SandboxGaglersTopic topic(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        authorize(authorization);
        return data.topic(number(id)).orElseThrow(() -> failure(404, "Not found"));
    }

    /** Registers an agent: {@code nickname}, and either {@code username} and {@code password} or {@code gmail_id}. */
    @POST
    @Path("/user{slash: /?}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createUser(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            UserInput input) {
        authorize(authorization);
        if (input == null || blank(input.nickname())) {
            throw failure(400, "nickname is required");
        }
        boolean withPassword = !blank(input.username()) && !blank(input.password());
        if (!withPassword && blank(input.gmailId())) {
            throw failure(400, "either username and password or gmail_id must be provided");
        }
        String username = withPassword ? input.username().trim() : input.gmailId().trim();
        try {
            int userid = data.createUser(username, input.nickname().trim(), withPassword ? null : username,
                    input.email(), input.avatarUrl());
            return Response.created(location(uri, "user", userid)).build();
        } catch (IllegalArgumentException e) {
            throw failure(400, e.getMessage());
        }
    }

    /** Creates a chat widget: {@code site_url}, {@code name} and at least one operator id. */
    @POST
    @Path("/topic{slash: /?}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTopic(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            TopicInput input) {
        authorize(authorization);
        if (input == null || blank(input.siteUrl()) || blank(input.name())) {
            throw failure(400, "site_url and name are required");
        }
        if (input.operators() == null || input.operators().isEmpty()) {
            throw failure(400, "a chat widget must have at least one operator");
        }
        List<Integer> operators = new ArrayList<>();
        for (Object operator : input.operators()) {
            int userid = operator == null ? -1 : number(operator.toString());
            if (userid < 0) {
                throw failure(400, "operators must be user ids");
            }
            operators.add(userid);
        }
        try {
            int topicid = data.createTopic(input.name().trim(), input.siteUrl().trim(), operators);
            return Response.created(location(uri, "topic", topicid)).build();
        } catch (IllegalArgumentException e) {
            throw failure(400, e.getMessage());
        }
    }

    private void authorize(String authorization) {
        String expected = SCHEME + config.gaglers().username().orElse("") + ":" + config.gaglers().apiKey().orElse("");
        boolean configured = config.gaglers().username().isPresent() && config.gaglers().apiKey().isPresent();
        if (!configured || authorization == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8))) {
            throw failure(403, "Access denied");
        }
    }

    /** Gaglers ids are integers; anything else names nothing. */
    private static int number(String id) {
        try {
            return Integer.parseInt(id.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static URI location(UriInfo uri, String resource, int id) {
        return uri.getBaseUriBuilder().path("sandbox/gaglers/api/v1").path(resource).path(id + "/").build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static WebApplicationException failure(int status, String message) {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message))
                .build());
    }

    /** The body of {@code POST /user/}; the password is checked for presence and otherwise not kept. */
    public record UserInput(
            String username,
            String password,
            String nickname,
            @JsonProperty("gmail_id") String gmailId,
            @JsonProperty("avatar_url") String avatarUrl,
            String email) {
    }

    /** The body of {@code POST /topic/}; the docs send operator ids as strings, numbers are accepted too. */
    public record TopicInput(
            @JsonProperty("site_url") String siteUrl,
            String name,
            List<Object> operators) {
    }
}
