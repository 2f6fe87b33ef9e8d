package io.switchboard.vendor.blinger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A Blinger agent as {@code GET /agents} and {@code GET /agents/{id}} return it. Times are epoch seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
record BlingerAgent(
        String id,
        String serviceUserId,
        String name,
        String status,
        Avatar avatar,
        Boolean active,
        Long createdAt,
        Long updatedAt) {

    /** An uploaded image, offered in several sizes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Avatar(String id, String type, Meta meta, Info info, Urls url, Long createdAt, Long updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meta(Integer width, Integer height) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Info(String ext, String name, String path, Long size, String mimeType) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Urls(
            @JsonProperty("120x120") String thumbnail,
            @JsonProperty("520x400") String medium,
            @JsonProperty("default") String original) {
    }
}
