package io.switchboard.vendor.blinger;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.VendorErrors;

/**
 * Blinger failures as Switchboard errors. Blinger documents no error bodies, so the status (HTTP, or the envelope's
 * {@code status} on an HTTP 200) decides the code; a {@code message} field, when there is one, only becomes the
 * sanitised reason of a {@code VENDOR_REJECTED}.
 */
final class BlingerErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlingerErrors() {
    }

    static SwitchboardException fromResponse(Response response) {
        return VendorErrors.fromResponse(Vendor.BLINGER, response, messageOf(response));
    }

    static SwitchboardException fromStatus(int status, String message) {
        return VendorErrors.fromStatus(Vendor.BLINGER, status, message);
    }

    static SwitchboardException unreadable() {
        return SwitchboardException.unavailable(Vendor.BLINGER, "it answered with a body Switchboard could not read",
                null);
    }

    /** The body's {@code message}, or null when there is none or the body is not JSON. */
    private static String messageOf(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            JsonNode message = JSON.readTree(response.readEntity(String.class)).path("message");
            return message.isTextual() ? message.asText() : null;
        } catch (Exception unreadableBody) {
            // The status alone is enough to map the failure.
            return null;
        }
    }
}
