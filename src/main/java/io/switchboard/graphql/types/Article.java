package io.switchboard.graphql.types;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.Vendor;

@Type("Article")
@Description("A help-center article (GB Talk).")
public final class Article implements Node {

    private final io.switchboard.domain.Article article;

    private Article(io.switchboard.domain.Article article) {
        this.article = article;
    }

    public static Article of(io.switchboard.domain.Article article) {
        return article == null ? null : new Article(article);
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return article.globalId().format();
    }

    @NonNull
    @Description("GBTALK.")
    public Vendor getVendor() {
        return article.vendor();
    }

    @NonNull
    @Description("The vendor's own id of the article.")
    public String getRemoteId() {
        return article.remoteId();
    }

    @NonNull
    @Description("The article's title.")
    public String getTitle() {
        return article.title() == null ? "" : article.title();
    }

    @Description("The article's content.")
    public String getContent() {
        return article.content();
    }

    @Description("A link to the article, where the vendor has one.")
    public String getLink() {
        return article.link();
    }

    @Description("Language code.")
    public String getLanguage() {
        return article.language();
    }

    @NonNull
    @Description("The categories the article is filed under.")
    public List<@NonNull ArticleCategory> getCategories() {
        return article.categories().stream().map(ArticleCategory::of).toList();
    }

    @Description("Reader ratings.")
    public ArticleRating getRating() {
        return ArticleRating.of(article.rating());
    }
}
