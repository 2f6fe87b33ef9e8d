package io.switchboard.vendor.gladly;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Gladly customer profile ({@code GET /customer-profiles/{customerId}} and the profile search). Timestamps stay
 * strings here because Gladly varies their precision; the mapper parses them.
 *
 * @param customAttributes string to string in Gladly's examples, but the shape is set per organization, so any
 *        JSON value is accepted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GladlyCustomerProfile(
        String id,
        String name,
        String image,
        String address,
        List<Email> emails,
        List<Phone> phones,
        Map<String, JsonNode> customAttributes,
        String createdAt,
        String updatedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Email(String original, String normalized, Boolean primary) {
    }

    /** {@code type} MOBILE, HOME or OFFICE (absent: unknown); {@code smsPreference} ON, OFF or FORBIDDEN. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Phone(String original, String normalized, String type, Boolean primary, String extension,
            String smsPreference) {
    }
}
