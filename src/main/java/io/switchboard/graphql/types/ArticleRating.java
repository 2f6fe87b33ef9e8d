package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How readers rated an article.")
public record ArticleRating(
        @NonNull @Description("Helpful votes.") int positive,
        @NonNull @Description("Not-helpful votes.") int negative) {

    public static ArticleRating of(io.switchboard.domain.ArticleRating rating) {
        return rating == null ? null : new ArticleRating(rating.positive(), rating.negative());
    }
}
