package io.switchboard.vendor.gaglers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Vendor;

/** Turns Gaglers DTOs into the unified model. */
final class GaglersMapper {

    /** Fields that may carry a user's id when Gaglers lists an operator as an object rather than an id. */
    private static final List<String> ID_FIELDS = List.of("userid", "id", "user_id");

    /** Gaglers ids are integers. */
    private static final Pattern REMOTE_ID = Pattern.compile("\\d{1,18}");

    private GaglersMapper() {
    }

    /**
     * A Gaglers user as an agent. Gaglers cannot tell whether an agent is online except through a widget's
     * {@code onlineoperators}, so the status is UNKNOWN here.
     *
     * @param requestedId the id the user was fetched by, used should Gaglers leave {@code userid} out
     */
    static Agent toAgent(GaglersUser user, String requestedId) {
        return new Agent(
                Vendor.GAGLERS,
                blankToNull(user.userid()) != null ? user.userid().trim() : requestedId,
                blankToNull(user.nickname()),
                blankToNull(user.email()),
                blankToNull(user.username()),
                blankToNull(user.avatarUrl()),
                AgentStatus.UNKNOWN,
                null,
                null,
                null);
    }

    /** @param requestedId the id the topic was fetched by, used should Gaglers leave {@code topicid} out */
    static ChatWidget toWidget(GaglersTopic topic, String requestedId) {
        return new ChatWidget(
                Vendor.GAGLERS,
                blankToNull(topic.topicid()) != null ? topic.topicid().trim() : requestedId,
                topic.name(),
                blankToNull(topic.siteUrl()),
                operatorIds(topic.operators()),
                operatorIds(topic.onlineoperators()));
    }

    /** User ids from a list of ids (strings or numbers) or of user objects; entries that name no user are skipped. */
    static List<String> operatorIds(List<JsonNode> operators) {
        if (operators == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode operator : operators) {
            String id = operatorId(operator);
            if (id != null) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    private static String operatorId(JsonNode operator) {
        if (operator == null) {
            return null;
        }
        if (operator.isTextual() || operator.isIntegralNumber()) {
            return blankToNull(operator.asText());
        }
        if (operator.isObject()) {
            for (String field : ID_FIELDS) {
                JsonNode id = operator.get(field);
                if (id != null && (id.isTextual() || id.isIntegralNumber()) && blankToNull(id.asText()) != null) {
                    return id.asText().trim();
                }
            }
            JsonNode uri = operator.get("resource_uri");
            if (uri != null && uri.isTextual()) {
                return lastSegment(uri.asText());
            }
        }
        return null;
    }

    /** Whether the text can be a Gaglers id (an integer), and so is worth a call. */
    static boolean isRemoteId(String id) {
        return id != null && REMOTE_ID.matcher(id).matches();
    }

    /**
     * The id of a created object from the {@code Location} Gaglers answers a create with: absolute
     * ({@code http://developer.gaglers.com/api/v1/user/573/}) or relative, with or without the trailing slash.
     *
     * @return the id, or null when the location names no Gaglers object
     */
    static String idFromLocation(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String path = location.trim();
        try {
            URI uri = new URI(path);
            path = uri.getRawPath() == null ? "" : uri.getRawPath();
        } catch (URISyntaxException e) {
            // Not a valid URI: read what comes before any query or fragment as the path.
            path = path.split("[?#]", 2)[0];
        }
        String id = lastSegment(path);
        return isRemoteId(id) ? id : null;
    }

    /** {@code /api/v1/user/573/} -> {@code 573}. */
    private static String lastSegment(String uri) {
        String[] segments = uri.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                return segments[i].trim();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
