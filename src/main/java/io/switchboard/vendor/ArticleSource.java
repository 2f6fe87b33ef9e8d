package io.switchboard.vendor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Article;
import io.switchboard.domain.ArticleCategory;
import io.switchboard.domain.Page;

/** A vendor with a help center (GB Talk articles). */
public interface ArticleSource extends VendorPort {

    Uni<Page<Article>> listArticles(ArticleQuery query, String pageToken);

    /** The articles with these remote ids; unknown ids are absent from the map. */
    Uni<Map<String, Article>> getArticles(Set<String> remoteIds);

    Uni<List<ArticleCategory>> listCategories();

    /**
     * @param search free text, or null
     * @param categoryRemoteId only articles in this category, or null
     * @param language a language code, or null
     */
    record ArticleQuery(String search, String categoryRemoteId, String language) {
    }
}
