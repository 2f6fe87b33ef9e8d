package io.switchboard.sandbox.gaglers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Gaglers agent as {@code GET /user/{id}/} shows it. The docs' example has {@code nickname}, {@code resource_uri},
 * {@code userid} and {@code username}; {@code email} and {@code avatar_url} appear when the agent was created with
 * them. The password and the Gmail id are never shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SandboxGaglersUser(
        String nickname,
        @JsonProperty("resource_uri") String resourceUri,
        int userid,
        String username,
        String email,
        @JsonProperty("avatar_url") String avatarUrl) {
}
