package io.switchboard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Article;
import io.switchboard.domain.ArticleCategory;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.service.Pager.Listing;
import io.switchboard.service.Pager.Slice;
import io.switchboard.service.ReadThrough.PageKey;
import io.switchboard.vendor.ArticleSource.ArticleQuery;

/** Help-center articles and their categories (GB Talk). */
@ApplicationScoped
public class ArticleService extends Lookup<Article> {

    @Inject
    Pager pager;

    @Override
    protected String type() {
        return Article.TYPE;
    }

    @Override
    protected Class<Article> modelType() {
        return Article.class;
    }

    @Override
    protected Uni<Map<String, Article>> fetch(Vendor vendor, Set<String> remoteIds) {
        return registry.articles(vendor).getArticles(remoteIds);
    }

    public Slice<Article> list(String search, String categoryId, String language, Integer first, String after,
            Notes notes) {
        GlobalId category = categoryId == null ? null
                : registry.requireEnabled(GlobalId.parse(categoryId, ArticleCategory.TYPE));
        ArticleQuery query = new ArticleQuery(Inputs.text("search", search),
                category == null ? null : category.remoteId(), Inputs.language("language", language));
        List<Vendor> vendors = category != null ? List.of(category.vendor())
                : registry.vendorsFor(null, registry.articleSources());
        Listing<Article> listing = new Listing<>(Article.TYPE, Article.class,
                "Article:" + Inputs.key("q", query.search(), "cat", query.categoryRemoteId(), "lng", query.language()),
                vendors, (v, token) -> registry.articles(v).listArticles(query, token), category != null);
        return pager.page(listing, first, after, notes);
    }

    /** Every vendor's categories, in vendor order. */
    public List<ArticleCategory> categories(Notes notes) {
        List<PageKey> keys = registry.vendorsFor(null, registry.articleSources()).stream()
                .map(vendor -> new PageKey(vendor, "ArticleCategory:all", null)).toList();
        List<ArticleCategory> categories = new ArrayList<>();
        readThrough.pages(ArticleCategory.TYPE, ArticleCategory.class, keys,
                key -> registry.articles(key.vendor()).listCategories().map(Page::whole), Set.of(), notes)
                .forEach((key, outcome) -> {
                    if (outcome.ok()) {
                        categories.addAll(outcome.value().items());
                    } else {
                        notes.vendorFailed(outcome.failure());
                    }
                });
        return categories;
    }
}
