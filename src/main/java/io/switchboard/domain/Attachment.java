package io.switchboard.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A file attached to a message. */
@RegisterForReflection
public record Attachment(String name, String url) {
}
