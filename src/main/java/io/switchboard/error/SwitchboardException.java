package io.switchboard.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.switchboard.domain.Vendor;

/**
 * The one exception type adapters and services throw. Its message is written for the API's users and is shown to
 * them as is, so it never carries a secret, a stack trace or a raw vendor body. {@link GraphQLErrors} turns it into
 * a GraphQL error with {@code extensions.code} and, where a vendor is involved, {@code extensions.vendor}.
 */
public final class SwitchboardException extends RuntimeException {

    private final ErrorCode code;
    private final Vendor vendor;
    private final List<Object> inputPath;
    private boolean transientFailure;
    private Duration retryAfter;

    public SwitchboardException(ErrorCode code, Vendor vendor, String message) {
        this(code, vendor, message, null);
    }

    public SwitchboardException(ErrorCode code, Vendor vendor, String message, Throwable cause) {
        this(code, vendor, message, cause, List.of());
    }

    private SwitchboardException(ErrorCode code, Vendor vendor, String message, Throwable cause,
            List<Object> inputPath) {
        super(message, cause, false, cause != null);
        this.code = Objects.requireNonNull(code);
        this.vendor = vendor;
        this.inputPath = List.copyOf(inputPath);
    }

    public ErrorCode code() {
        return code;
    }

    /** The vendor involved, or null. */
    public Vendor vendor() {
        return vendor;
    }

    /**
     * Whether trying again may succeed: the vendor could not be reached, answered 5xx or 429. A timeout is not
     * transient in this sense (it already took its time), nor is anything the vendor refused.
     */
    public boolean transientFailure() {
        return transientFailure;
    }

    /** How long the vendor asked to wait before trying again (Retry-After, rate-limit headers), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Marks this failure as worth another try, after {@code wait} if the vendor said so (may be null). */
    public SwitchboardException retryable(Duration wait) {
        this.transientFailure = true;
        this.retryAfter = wait;
        return this;
    }

    /** Where in the caller's arguments the bad value is, e.g. {@code ["input", "emails", 1]}; empty if nowhere. */
    public List<Object> inputPath() {
        return inputPath;
    }

    public static SwitchboardException badUserInput(String message) {
        return new SwitchboardException(ErrorCode.BAD_USER_INPUT, null, message);
    }

    /** A bad argument value, with its path in the arguments (argument name, then fields and list indexes). */
    public static SwitchboardException badInput(List<Object> inputPath, String message) {
        return new SwitchboardException(ErrorCode.BAD_USER_INPUT, null, message, null, inputPath);
    }

    public static SwitchboardException notFound(Vendor vendor, String what) {
        return new SwitchboardException(ErrorCode.NOT_FOUND, vendor, what + " was not found");
    }

    public static SwitchboardException unsupported(Vendor vendor, String operation) {
        return new SwitchboardException(ErrorCode.UNSUPPORTED_BY_VENDOR, vendor,
                vendorName(vendor) + " has no API for " + operation);
    }

    public static SwitchboardException rejected(Vendor vendor, String reason) {
        return new SwitchboardException(ErrorCode.VENDOR_REJECTED, vendor,
                vendorName(vendor) + " rejected the request: " + reason);
    }

    public static SwitchboardException authFailed(Vendor vendor) {
        return new SwitchboardException(ErrorCode.VENDOR_AUTH_FAILED, vendor,
                vendorName(vendor) + " refused Switchboard's credentials");
    }

    public static SwitchboardException rateLimited(Vendor vendor) {
        return new SwitchboardException(ErrorCode.VENDOR_RATE_LIMITED, vendor,
                vendorName(vendor) + " is rate limiting Switchboard");
    }

    public static SwitchboardException unavailable(Vendor vendor, String reason, Throwable cause) {
        return new SwitchboardException(ErrorCode.VENDOR_UNAVAILABLE, vendor,
                vendorName(vendor) + " is unavailable: " + reason, cause);
    }

    public static String vendorName(Vendor vendor) {
        if (vendor == null) {
            return "The vendor";
        }
        return switch (vendor) {
            case GLADLY -> "Gladly";
            case GBTALK -> "GB Talk";
            case BLINGER -> "Blinger";
            case GAGLERS -> "Gaglers";
        };
    }
}
