package io.switchboard.error;

/** The contract's {@code extensions.code} values. */
public enum ErrorCode {
    /** Malformed id, invalid argument or input value, rejected by the service itself. */
    BAD_USER_INPUT,
    /** The vendor says the object does not exist. */
    NOT_FOUND,
    /** The vendor's API has no such operation. */
    UNSUPPORTED_BY_VENDOR,
    /** The vendor refused the request as invalid (4xx other than 401/403/404/429). */
    VENDOR_REJECTED,
    /** The vendor refused the service's credentials (401/403). */
    VENDOR_AUTH_FAILED,
    /** The vendor answered 429 and retries were exhausted. */
    VENDOR_RATE_LIMITED,
    /** The vendor timed out, failed (5xx), answered something unreadable, or its circuit is open. */
    VENDOR_UNAVAILABLE,
    /** The caller sent no valid credentials. */
    UNAUTHENTICATED,
    /** The caller may not do this. */
    FORBIDDEN,
    /** Anything else; the message is hidden. */
    INTERNAL
}
