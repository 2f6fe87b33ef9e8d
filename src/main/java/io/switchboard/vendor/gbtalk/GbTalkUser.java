package io.switchboard.vendor.gbtalk;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GB Talk user row, as {@code get-users}, {@code get-online-users} and {@code get-user} return it. Agents, admins,
 * bots and customers (visitors, leads, users) share this shape; {@code user_type} tells them apart.
 *
 * @param details the additional details, present when asked for with {@code extra}
 * @param others any other field of the row; the product can put extra details on the row itself ({@code slug: value})
 *        instead of in {@code details}, so the mapper reads them from here when {@code details} is missing
 */
@JsonIgnoreProperties(value = { "token", "password" }, ignoreUnknown = true)
record GbTalkUser(
        String id,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        @JsonProperty("profile_image") String profileImage,
        @JsonProperty("user_type") String userType,
        @JsonProperty("creation_time") String creationTime,
        @JsonProperty("last_activity") String lastActivity,
        List<GbTalkUserDetail> details,
        @JsonAnySetter Map<String, JsonNode> others) {
}
