package io.switchboard.vendor;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.logging.Log;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;

/**
 * Turns what a vendor call failed with into the contract's error codes, in one place for all adapters. Messages
 * name the vendor and the kind of failure, never a header, a token or a raw vendor body.
 */
public final class VendorErrors {

    private static final int MAX_REASON_LENGTH = 200;

    private VendorErrors() {
    }

    /** The error for an HTTP status the vendor answered with; {@code reason} is the vendor's own (sanitised) word. */
    public static SwitchboardException fromStatus(Vendor vendor, int status, String reason) {
        SwitchboardException mapped = switch (status) {
            case 401, 403 -> SwitchboardException.authFailed(vendor);
            case 404 -> new SwitchboardException(ErrorCode.NOT_FOUND, vendor,
                    SwitchboardException.vendorName(vendor) + " has no such object");
            case 429 -> SwitchboardException.rateLimited(vendor);
            default -> status >= 500
                    ? SwitchboardException.unavailable(vendor, "it answered HTTP " + status, null)
                    : SwitchboardException.rejected(vendor,
                            reason == null || reason.isBlank() ? "HTTP " + status : sanitise(reason));
        };
        return status == 429 || status >= 500 ? mapped.retryable(null) : mapped;
    }

    /** The error for a vendor's error response, with any wait it asked for before a retry. */
    public static SwitchboardException fromResponse(Vendor vendor, Response response, String reason) {
        SwitchboardException mapped = fromStatus(vendor, response.getStatus(), reason);
        return mapped.transientFailure() ? mapped.retryable(retryAfter(response)) : mapped;
    }

    /**
     * Maps any failure of a vendor call. A {@link SwitchboardException} passes through; HTTP errors map by status;
     * timeouts, refused connections and unreadable bodies are {@code VENDOR_UNAVAILABLE}.
     */
    public static SwitchboardException map(Vendor vendor, Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
            if (t instanceof SwitchboardException e) {
                return e;
            }
            if (t instanceof WebApplicationException e && e.getResponse() != null) {
                int status = e.getResponse().getStatus();
                if (status >= 200 && status < 300) {
                    continue; // the REST client reports an unreadable 2xx body this way; the cause says why
                }
                SwitchboardException mapped = fromStatus(vendor, status, null);
                return status == 429 || status >= 500 ? mapped.retryable(retryAfter(e.getResponse())) : mapped;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return SwitchboardException.unavailable(vendor, "it did not answer in time", failure);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return SwitchboardException.unavailable(vendor, "it could not be reached", failure).retryable(null);
            }
            if (t instanceof JacksonException) {
                return SwitchboardException.unavailable(vendor, "it answered with a body Switchboard could not read",
                        failure);
            }
            if (t instanceof ProcessingException && t.getCause() == null) {
                return SwitchboardException.unavailable(vendor, "the call failed", failure);
            }
        }
        Log.debugf(failure, "Unclassified failure calling %s", vendor);
        return SwitchboardException.unavailable(vendor, "the call failed", failure);
    }

    /**
     * What a 429 or 503 says about waiting: {@code Retry-After} in seconds (or an HTTP date), or Gladly's
     * {@code Ratelimit-Remaining-Second: 0}, which means the rest of this second.
     */
    public static Duration retryAfter(Response response) {
        String retryAfter = response.getHeaderString("Retry-After");
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant();
                    Duration wait = Duration.between(Instant.now(), at);
                    return wait.isNegative() ? Duration.ZERO : wait;
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
        if ("0".equals(response.getHeaderString("Ratelimit-Remaining-Second"))) {
            return Duration.ofMillis(1000 - Instant.now().toEpochMilli() % 1000);
        }
        return null;
    }

    /** Shortens a vendor-supplied reason and strips anything that could not be shown safely. */
    public static String sanitise(String reason) {
        if (reason == null) {
            return "";
        }
        String clean = reason.replaceAll("<[^>]*>", " ").replaceAll("[\\p{Cntrl}]", " ").replaceAll("\\s+", " ")
                .trim();
        return clean.length() > MAX_REASON_LENGTH ? clean.substring(0, MAX_REASON_LENGTH) + "..." : clean;
    }
}
