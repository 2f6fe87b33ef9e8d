package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A help-center category.")
public record ArticleCategory(
        @Id @NonNull @Description("Global id: gid://gbtalk/ArticleCategory/<remoteId>.") String id,
        @NonNull @Description("The category's title.") String title) {

    public static ArticleCategory of(io.switchboard.domain.ArticleCategory category) {
        return new ArticleCategory(category.globalId().format(), category.title() == null ? "" : category.title());
    }
}
