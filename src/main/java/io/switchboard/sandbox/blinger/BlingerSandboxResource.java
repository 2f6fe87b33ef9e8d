package io.switchboard.sandbox.blinger;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.config.SwitchboardConfig;

/**
 * The Blinger external API ({@code /api/external/v1/agents}) served by Switchboard itself in dev mode and tests, with
 * seeded agents. Every answer is Blinger's {@code {"status": ..., "data": ...}} envelope; the {@code Authorization}
 * header must carry the configured {@code switchboard.blinger.token} as is. Blinger documents no error bodies, so
 * failures answer {@code {"status": <code>, "message": "..."}}.
 */
@Path("/sandbox/blinger/api/external/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProfile(anyOf = { "dev", "test" })
@Blocking
public class BlingerSandboxResource {

    private static final Set<String> STATUSES = Set.of("online", "offline");

    @Inject
    SwitchboardConfig config;

    @Inject
    BlingerSandboxData data;

    @GET
    public Envelope<List<SandboxBlingerAgent>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(authorization);
        return Envelope.ok(data.list());
    }

    @GET
    @Path("/{id}")
    public Envelope<SandboxBlingerAgent> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        authorize(authorization);
        return Envelope.ok(data.get(id).orElseThrow(() -> failure(404, "Agent not found")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<SandboxBlingerAgent> create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            AgentInput input) {
        authorize(authorization);
        if (input == null || input.name() == null || input.name().isBlank()) {
            throw failure(400, "name is required");
        }
        validateStatus(input.status());
        validateAvatar(input.avatar());
        return Envelope.ok(data.create(input.serviceUserId(), input.name().trim(), input.status(), input.avatar(),
                input.active()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<SandboxBlingerAgent> update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, AgentInput input) {
        authorize(authorization);
        if (input == null) {
            throw failure(400, "a JSON body is required");
        }
        if (input.name() != null && input.name().isBlank()) {
            throw failure(400, "name must not be blank");
        }
        validateStatus(input.status());
        validateAvatar(input.avatar());
        return Envelope.ok(data.update(id, input.serviceUserId(), input.name() == null ? null : input.name().trim(),
                input.status(), input.avatar(), input.active())
                .orElseThrow(() -> failure(404, "Agent not found")));
    }

    private void authorize(String authorization) {
        String token = config.blinger().token().orElse(null);
        if (token == null || authorization == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8))) {
            throw failure(401, "Unauthorized");
        }
    }

    private static void validateStatus(String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw failure(400, "status must be online or offline");
        }
    }

    /** Blinger fetches the avatar from the URL it is given, so it must be one. */
    private static void validateAvatar(String avatar) {
        if (avatar == null) {
            return;
        }
        try {
            URI uri = new URI(avatar.trim());
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                return;
            }
        } catch (URISyntaxException e) {
            // Refused below like any other value that is no web address.
        }
        throw failure(400, "avatar must be an http or https URL");
    }

    private static WebApplicationException failure(int status, String message) {
        return new WebApplicationException(Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new Envelope<>(status, null, message))
                .build());
    }

    /** The body of a create or update: the avatar is a URL here, which Blinger turns into an avatar object. */
    public record AgentInput(Boolean active, String serviceUserId, String name, String avatar, String status) {
    }

    /** Blinger's answer envelope; {@code message} only appears on failures. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Envelope<T>(int status, T data, String message) {

        static <T> Envelope<T> ok(T data) {
            return new Envelope<>(200, data, null);
        }
    }
}
