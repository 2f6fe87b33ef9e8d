package io.switchboard.vendor.gaglers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /user/}: {@code nickname}, and either {@code username} and {@code password} or
 * {@code gmail_id}; fields not given are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GaglersUserInput(
        String username,
        String password,
        @JsonProperty("gmail_id") String gmailId,
        String nickname,
        @JsonProperty("avatar_url") String avatarUrl,
        String email) {
}
