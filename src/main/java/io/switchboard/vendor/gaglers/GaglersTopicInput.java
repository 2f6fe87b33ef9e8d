package io.switchboard.vendor.gaglers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /topic/}; operators are user ids as strings, as in the Gaglers docs' example. */
record GaglersTopicInput(
        @JsonProperty("site_url") String siteUrl,
        String name,
        List<String> operators) {
}
