package io.switchboard.vendor.gaglers;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.VendorErrors;

/**
 * Gaglers failures as Switchboard errors. Gaglers documents its codes (400 validation failure, 403 access denied,
 * 500 failure) but not its error bodies, so the status decides; an {@code error} or {@code message} text only
 * becomes the sanitised reason of a {@code VENDOR_REJECTED}.
 */
final class GaglersErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GaglersErrors() {
    }

    static SwitchboardException fromResponse(Response response) {
        return VendorErrors.fromResponse(Vendor.GAGLERS, response, reasonOf(response));
    }

    private static String reasonOf(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            for (String field : new String[] { "error", "message" }) {
                if (body.path(field).isTextual()) {
                    return body.path(field).asText();
                }
            }
            return null;
        } catch (Exception unreadableBody) {
            // The status alone is enough to map the failure.
            return null;
        }
    }
}
