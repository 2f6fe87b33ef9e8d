package io.switchboard.vendor.gaglers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Gaglers agent as {@code GET /user/{id}/} returns it. The docs' example shows only {@code userid},
 * {@code username}, {@code nickname} and {@code resource_uri}; the other fields are those an agent is created with.
 *
 * @param userid an integer in Gaglers' JSON, read as text because remote ids are strings
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GaglersUser(
        String userid,
        String username,
        String nickname,
        String email,
        @JsonProperty("avatar_url") String avatarUrl,
        @JsonProperty("gmail_id") String gmailId,
        @JsonProperty("resource_uri") String resourceUri) {
}
