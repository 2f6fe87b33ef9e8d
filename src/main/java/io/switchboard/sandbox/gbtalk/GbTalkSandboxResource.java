package io.switchboard.sandbox.gbtalk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.config.SwitchboardConfig;

/**
 * The GB Talk sandbox: the vendor's single API script, {@code POST .../script/include/api.php}, served by this
 * process in dev and test builds so that the real GB Talk client can run end to end against seeded data.
 * <p>
 * It checks what the script checks, in the same order — a {@code function} field, a token (the {@code token}
 * field or header), that the token is the admin token configured as {@code switchboard.gbtalk.token}, that the
 * function exists, that its required arguments are there — and answers failures with the script's error body.
 * The body may be form-encoded or a JSON object, whose fields count as form fields.
 */
@Path("/sandbox/gbtalk/script/include/api.php")
@IfBuildProfile(anyOf = { "dev", "test" })
@Produces(MediaType.APPLICATION_JSON)
public class GbTalkSandboxResource {

    private static final int MAX_NAME_IN_MESSAGE = 64;

    @Inject
    SwitchboardConfig config;

    @Inject
    GbTalkFunctions functions;

    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Blocking
    public Response callWithForm(MultivaluedMap<String, String> form, @HeaderParam("token") String tokenHeader) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (form != null) {
            // PHP keeps the last of repeated fields
            form.forEach((name, values) -> {
                if (values != null && !values.isEmpty()) {
                    fields.put(name, values.get(values.size() - 1));
                }
            });
        }
        return respond(call(fields, tokenHeader));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Blocking
    public Response callWithJson(String body, @HeaderParam("token") String tokenHeader) {
        return respond(call(jsonFields(body), tokenHeader));
    }

    /** Any other body: PHP finds no POST fields in it, so only the token header can count. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Blocking
    public Response callWithoutFields(@HeaderParam("token") String tokenHeader) {
        return respond(call(Map.of(), tokenHeader));
    }

    GbTalkReply call(Map<String, String> fields, String tokenHeader) {
        String name = fields.get("function");
        if (name == null || name.isBlank()) {
            return GbTalkReply.error(400, "missing-function-name", "The function argument is missing.");
        }
        String token = Optional.ofNullable(fields.get("token")).filter(t -> !t.isEmpty()).orElse(tokenHeader);
        if (token == null || token.isEmpty()) {
            return GbTalkReply.error(401, "token-not-found", "The token argument is missing.");
        }
        if (!isAdminToken(token)) {
            return GbTalkReply.error(401, "invalid-token", "The token is not the token of an admin.");
        }
        Optional<GbTalkFunction> function = functions.find(name);
        if (function.isEmpty()) {
            return GbTalkReply.error(404, "function-not-found", "Function " + printable(name) + " not found.");
        }
        for (String argument : function.get().requiredArguments()) {
            if (!fields.containsKey(argument)) {
                return GbTalkReply.error(400, "missing-argument", "Missing argument: " + argument);
            }
        }
        Log.debugf("GB Talk sandbox serves %s", function.get().name());
        return function.get().handler().apply(new GbTalkArgs(fields, mapper));
    }

    private boolean isAdminToken(String token) {
        Optional<String> admin = config.gbtalk().token().filter(t -> !t.isEmpty());
        // constant-time comparison: the sandbox should not teach the client code bad habits either
        return admin.isPresent() && MessageDigest.isEqual(admin.get().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a JSON object body; scalars as their text, arrays and objects as JSON text. */
    private Map<String, String> jsonFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        try {
            JsonNode root = mapper.readTree(body);
            if (root != null && root.isObject()) {
                root.fields().forEachRemaining(field -> {
                    JsonNode value = field.getValue();
                    if (!value.isNull()) {
                        fields.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
                    }
                });
            }
        } catch (JsonProcessingException e) {
            // PHP's json_decode gives null for a body it cannot read: no fields at all
            Log.debugf("GB Talk sandbox received a JSON body it could not read");
        }
        return fields;
    }

    private static String printable(String name) {
        String clean = name.replaceAll("[^\\p{Alnum}_.-]", "?");
        return clean.length() > MAX_NAME_IN_MESSAGE ? clean.substring(0, MAX_NAME_IN_MESSAGE) + "..." : clean;
    }

    private static Response respond(GbTalkReply reply) {
        return Response.status(reply.status()).entity(reply.body()).type(MediaType.APPLICATION_JSON).build();
    }
}
