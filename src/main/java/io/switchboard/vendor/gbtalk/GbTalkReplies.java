package io.switchboard.vendor.gbtalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

import io.quarkus.logging.Log;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.VendorErrors;

/**
 * Reads what GB Talk answers, for every function in one place: the success envelope
 * {@code {"success": true, "response": ...}}, a function's refusal {@code {"success": false, "response": "<code>"}},
 * the API-level error {@code {"status": "error", "response": "<code>", "message": "..."}} (HTTP 400, 401 or 404), and
 * the shape of {@code response} itself.
 * <p>
 * The product is a PHP application, which explains the leniencies: a list can arrive as an object of rows (a PHP
 * array whose keys are not 0..n), "nothing" can be {@code false}, {@code null} or {@code ""}, and a database error
 * comes back as a string where rows were expected; that string is never shown, it means VENDOR_UNAVAILABLE.
 */
@ApplicationScoped
class GbTalkReplies {

    /** The API-level codes that mean the admin token was refused. */
    private static final Set<String> TOKEN_CODES = Set.of("token-not-found", "invalid-token");

    /** A function's refusal code, e.g. {@code duplicate-email}: lower-case words joined by hyphens. */
    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final ObjectMapper json;

    @Inject
    GbTalkReplies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The {@code response} of a successful call, or the failure the body describes. A body without {@code success}
     * is taken as the value itself (the docs print a few functions' answers that way).
     */
    JsonNode response(String body) {
        JsonNode root = parse(body);
        if (root == null) {
            throw unreadable(null);
        }
        if (root.isObject()) {
            if ("error".equals(root.path("status").asText(null))) {
                throw apiError(200, code(root));
            }
            JsonNode success = root.get("success");
            if (success != null) {
                if (!success.asBoolean(false)) {
                    String code = code(root);
                    throw SwitchboardException.rejected(Vendor.GBTALK,
                            code == null ? "the function refused the request" : VendorErrors.sanitise(code));
                }
                JsonNode response = root.get("response");
                return response == null ? NullNode.getInstance() : response;
            }
        }
        return root;
    }

    /** The failure for an HTTP error answer, read from the API-level error body where there is one. */
    SwitchboardException failure(int status, String body) {
        JsonNode root = parse(body);
        String code = root != null && root.isObject() ? code(root) : null;
        return apiError(status, code);
    }

    /**
     * The rows of a list answer. Nothing ({@code false}, {@code null}, {@code ""}) is an empty list; a non-empty
     * string is a database error.
     */
    <T> List<T> list(JsonNode response, Class<T> type) {
        if (isNothing(response)) {
            return List.of();
        }
        if (response.isTextual()) {
            throw databaseError();
        }
        if (!response.isArray() && !response.isObject()) {
            throw unreadable(null);
        }
        List<T> rows = new ArrayList<>(response.size());
        for (JsonNode row : response) {
            if (!row.isNull()) {
                rows.add(convert(row, type));
            }
        }
        return rows;
    }

    /** The object of a single-object answer; empty when GB Talk says there is none ({@code false}, ...). */
    <T> Optional<T> object(JsonNode response, Class<T> type) {
        if (isNothing(response) || (response.isArray() && response.isEmpty())) {
            return Optional.empty();
        }
        if (response.isTextual()) {
            throw databaseError();
        }
        if (!response.isObject()) {
            throw unreadable(null);
        }
        return Optional.of(convert(response, type));
    }

    /**
     * A JSON array that GB Talk may send as a string holding JSON (as {@code article-ratings} does) or as the array
     * itself; nothing is an empty array, and a string that is not a JSON array is a database error.
     */
    JsonNode embeddedArray(JsonNode response) {
        if (isNothing(response)) {
            return JsonNodeFactory.instance.arrayNode();
        }
        JsonNode value = response.isTextual() ? parse(response.asText()) : response;
        if (value == null || !value.isArray()) {
            throw response.isTextual() ? databaseError() : unreadable(null);
        }
        return value;
    }

    /**
     * The id a create function answers ({@code add-user}, {@code add-note}, {@code get-bot-id}): a number, or the
     * same as text. Anything else is {@link #refusal}.
     */
    String createdId(JsonNode response) {
        if (response != null && (response.isIntegralNumber()
                || (response.isTextual() && ID.matcher(response.asText().trim()).matches()))) {
            return response.asText().trim();
        }
        throw refusal(response);
    }

    /** The id of the message {@code send-message} stored: {@code {"status": "success", "message-id": 123, ...}}. */
    String sentMessageId(JsonNode response) {
        if (response != null && response.isObject()) {
            JsonNode id = response.get("message-id");
            if (id != null && !id.isNull()) {
                return createdId(id);
            }
            throw unreadable(null);
        }
        throw refusal(response);
    }

    /** The confirmation of a write function that answers {@code true} ({@code update-user}, ...). */
    void confirmed(JsonNode response) {
        if (response != null && response.isValueNode() && response.asBoolean(false)) {
            return;
        }
        throw refusal(response);
    }

    /**
     * What a write function answered instead of its result. GB Talk answers some refusals as text inside a successful
     * envelope too (the docs list them as "other possible responses"): a code such as {@code duplicate-email} or
     * {@code user-not-found} is VENDOR_REJECTED; other text is a database error, whose outcome is unknown, so
     * VENDOR_UNAVAILABLE; {@code false} or nothing means the function did not do it.
     */
    SwitchboardException refusal(JsonNode response) {
        if (response != null && response.isTextual()) {
            String text = response.asText().trim();
            return CODE.matcher(text).matches() ? SwitchboardException.rejected(Vendor.GBTALK, text)
                    : databaseError();
        }
        if (isNothing(response)) {
            return SwitchboardException.rejected(Vendor.GBTALK, "the function did not confirm the change");
        }
        return unreadable(null);
    }

    /** An answer whose shape is not the documented one: what happened at GB Talk is unknown. */
    SwitchboardException unreadableAnswer() {
        return unreadable(null);
    }

    /** A JSON string argument, e.g. {@code ["agent","admin"]}. */
    String jsonArgument(Object value) {
        return json.valueToTree(value).toString();
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            Log.debugf("GB Talk answered a body that is not JSON (%d characters)", body.length());
            return null;
        }
    }

    private static boolean isNothing(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isBoolean() && !value.booleanValue())
                || (value.isTextual() && value.asText().isEmpty());
    }

    private static String code(JsonNode root) {
        JsonNode response = root.get("response");
        return response != null && response.isValueNode() && !response.isNull() ? response.asText() : null;
    }

    private static SwitchboardException apiError(int status, String code) {
        if (status == 401 || status == 403 || (code != null && TOKEN_CODES.contains(code))) {
            return SwitchboardException.authFailed(Vendor.GBTALK);
        }
        if (status == 429) {
            return SwitchboardException.rateLimited(Vendor.GBTALK).retryable(null);
        }
        if (status >= 500) {
            return SwitchboardException.unavailable(Vendor.GBTALK, "it answered HTTP " + status, null).retryable(null);
        }
        // GB Talk has one endpoint, so a 404 names a missing function, never a missing object
        return SwitchboardException.rejected(Vendor.GBTALK,
                code == null || code.isBlank() ? "HTTP " + status : VendorErrors.sanitise(code));
    }

    private static SwitchboardException databaseError() {
        return SwitchboardException.unavailable(Vendor.GBTALK, "it answered with an error message instead of data",
                null);
    }

    private static SwitchboardException unreadable(Throwable cause) {
        return SwitchboardException.unavailable(Vendor.GBTALK, "it answered with a body Switchboard could not read",
                cause);
    }
}
