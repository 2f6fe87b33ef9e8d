package io.switchboard.service;

import io.switchboard.error.SwitchboardException;

/** The result of one vendor call in a fan-out: a value or the failure, never both. */
public record Outcome<V>(V value, SwitchboardException failure) {

    public static <V> Outcome<V> of(V value) {
        return new Outcome<>(value, null);
    }

    public static <V> Outcome<V> failed(SwitchboardException failure) {
        return new Outcome<>(null, failure);
    }

    public boolean ok() {
        return failure == null;
    }

    /** The value, or the failure thrown. */
    public V orThrow() {
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
