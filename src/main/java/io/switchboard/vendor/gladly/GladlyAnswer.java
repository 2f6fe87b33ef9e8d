package io.switchboard.vendor.gladly;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Gladly public answer ({@code GET /orgs/{orgId}/answers} and {@code .../answers/{answerId}}). The search call
 * returns only {@code id} and {@code name}, read into the same record.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GladlyAnswer(String id, String name, String bodyHtml, String language, String updatedAt) {
}
