package io.switchboard.sandbox.gaglers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Gaglers chat widget as {@code GET /topic/{id}/} shows it; operator ids are strings, as in the docs. */
public record SandboxGaglersTopic(
        String name,
        List<String> onlineoperators,
        List<String> operators,
        @JsonProperty("resource_uri") String resourceUri,
        @JsonProperty("site_url") String siteUrl,
        int topicid) {
}
