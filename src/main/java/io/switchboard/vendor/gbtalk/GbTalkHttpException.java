package io.switchboard.vendor.gbtalk;

/**
 * GB Talk answered with an HTTP error status. Carries the body for {@link GbTalkReplies} to read; the message never
 * contains it, and the exception never leaves the adapter.
 */
final class GbTalkHttpException extends RuntimeException {

    private final int status;
    private final transient String body;

    GbTalkHttpException(int status, String body) {
        super("GB Talk answered HTTP " + status, null, false, false);
        this.status = status;
        this.body = body;
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }
}
