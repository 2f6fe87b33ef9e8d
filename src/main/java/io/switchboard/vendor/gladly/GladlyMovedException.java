package io.switchboard.vendor.gladly;

/**
 * Gladly answered 301: the object was merged into another one ({@code code: moved}). It never leaves the adapter,
 * which either follows {@link #newId()} or turns it into a {@link io.switchboard.error.SwitchboardException}.
 */
final class GladlyMovedException extends RuntimeException {

    private final String newId;

    GladlyMovedException(String newId) {
        super("Gladly object moved", null, false, false);
        this.newId = newId;
    }

    /** The id Gladly gave in {@code meta.new}, or null when its answer named none. */
    String newId() {
        return newId;
    }
}
