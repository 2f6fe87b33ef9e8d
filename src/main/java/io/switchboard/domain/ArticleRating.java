package io.switchboard.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How readers rated an article. */
@RegisterForReflection
public record ArticleRating(int positive, int negative) {
}
