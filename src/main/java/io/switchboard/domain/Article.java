package io.switchboard.domain;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A help-center article (GB Talk). */
@RegisterForReflection
public record Article(
        Vendor vendor,
        String remoteId,
        String title,
        String content,
        String link,
        String language,
        List<ArticleCategory> categories,
        ArticleRating rating) implements VendorObject {

    public static final String TYPE = "Article";

    public Article {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
