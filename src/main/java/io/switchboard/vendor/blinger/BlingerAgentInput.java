package io.switchboard.vendor.blinger;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /agents} and {@code PUT /agents/{id}}. Only the fields given are sent, so that an update
 * leaves the others as they are.
 *
 * @param avatar the URL of an image, which Blinger copies to its own host and answers as an avatar object
 * @param status {@code online} or {@code offline}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BlingerAgentInput(String name, String avatar, String status, Boolean active, String serviceUserId) {
}
