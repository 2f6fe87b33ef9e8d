package io.switchboard.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A free-form customer detail: GB Talk user details (slug, name, value), Gladly custom attributes. */
@RegisterForReflection
public record Attribute(String key, String label, String value) {
}
