package io.switchboard.vendor.gladly;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import io.quarkus.logging.Log;
import io.switchboard.domain.Vendor;
import io.switchboard.vendor.VendorErrors;

/**
 * Turns every non-2xx Gladly answer into an exception, reading Gladly's error body in one place: 301, and a 404
 * whose body says {@code moved}, become a {@link GladlyMovedException} carrying {@code meta.new}; everything else a
 * {@link io.switchboard.error.SwitchboardException} by status, with the body's {@code detail}/{@code code} as the
 * (sanitised) reason of a rejection.
 */
class GladlyErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        // 3xx too: redirects are not followed, and a body-less 303 must not read as an empty object
        return status >= 300;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        GladlyErrorBody body = GladlyErrorBody.parse(readBody(response));
        if (status == 301 || status == 404 && body.moved()) {
            return new GladlyMovedException(status, body.movedTo());
        }
        Log.debugf("Gladly answered HTTP %d", status);
        return VendorErrors.fromResponse(Vendor.GLADLY, response, body.reason());
    }

    private static String readBody(Response response) {
        try {
            return response.readEntity(String.class);
        } catch (RuntimeException e) {
            // an unreadable error body is no reason to lose the status
            return null;
        }
    }
}
