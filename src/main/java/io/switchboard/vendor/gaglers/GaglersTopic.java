package io.switchboard.vendor.gaglers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Gaglers chat widget ("topic") as {@code GET /topic/{id}/} returns it.
 *
 * @param operators user ids of the widget's agents, as strings in the docs
 * @param onlineoperators the operators online right now; the docs only show an empty list, so entries are kept as
 *        JSON and read leniently as ids or user objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GaglersTopic(
        String topicid,
        String name,
        @JsonProperty("site_url") String siteUrl,
        List<JsonNode> operators,
        List<JsonNode> onlineoperators,
        @JsonProperty("resource_uri") String resourceUri) {
}
