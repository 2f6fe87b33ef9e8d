package io.switchboard.sandbox.gladly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.switchboard.sandbox.gladly.GladlyJson.ErrorEntry;
import io.switchboard.sandbox.gladly.GladlyJson.Errors;

/**
 * Gladly's error responses. Gladly's own examples vary between an array, a single object and no body; the sandbox
 * always answers {@code {"errors":[{attr, code, detail, meta}]}}, the documented form, so that a client written
 * against it handles the common case (and stays lenient about the rest on its own).
 */
final class GladlyErrors {

    private GladlyErrors() {
    }

    static Response of(Response.Status status, String attr, String code, String detail) {
        return of(status.getStatusCode(), new ErrorEntry(attr, code, detail, null));
    }

    static Response of(int status, ErrorEntry error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Errors(List.of(error)))
                .build();
    }

    static Response notFound(String attr, String detail) {
        return of(Response.Status.NOT_FOUND, attr, "not_exist", detail);
    }

    /** What Gladly answers for a customer profile that was merged into another one. */
    static Response moved(String oldId, String newId) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("old", oldId);
        meta.put("new", newId);
        return of(Response.Status.MOVED_PERMANENTLY.getStatusCode(), new ErrorEntry("customerId", "moved",
                "customer id has changed", meta));
    }
}
