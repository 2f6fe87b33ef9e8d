package io.switchboard.vendor.gladly;

/**
 * Gladly answered that the object was merged into another one ({@code code: moved}): 301, or 404 with a
 * {@code moved} error, which is how Gladly's documentation describes a PATCH of a merged customer. It never leaves
 * the adapter, which either follows {@link #newId()} or turns it into a
 * {@link io.switchboard.error.SwitchboardException}.
 */
final class GladlyMovedException extends RuntimeException {

    private final int status;
    private final String newId;

    GladlyMovedException(int status, String newId) {
        super("Gladly object moved", null, false, false);
        this.status = status;
        this.newId = newId;
    }

    /** 301 or 404. */
    int status() {
        return status;
    }

    /** The id Gladly gave in {@code meta.new}, or null when its answer named none. */
    String newId() {
        return newId;
    }
}
