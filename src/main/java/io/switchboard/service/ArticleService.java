package io.switchboard.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Article;
import io.switchboard.domain.ArticleCategory;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.Pager.Listing;
import io.switchboard.service.Pager.Slice;
import io.switchboard.service.ReadThrough.Found;
import io.switchboard.service.ReadThrough.PageKey;
import io.switchboard.store.CacheStore;
import io.switchboard.vendor.ArticleSource.ArticleQuery;

/** Help-center articles and their categories (GB Talk). */
@ApplicationScoped
public class ArticleService extends Lookup<Article> {

    @Inject
    Pager pager;

    @Inject
    VendorCalls calls;

    @Inject
    CacheStore store;

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

    /**
     * Articles by id come with their ratings and whole contents. The store also holds the copies that list pages left
     * there, which have neither (ratings cost one call per article, and search-articles shortens contents): those are
     * fetched again by id, with one call per vendor, and stored. A vendor that is failing is not asked again: its
     * list copies are served as they are.
     */
    @Override
    public Found<Article> getMany(Collection<GlobalId> ids, Notes notes) {
        Set<Vendor> failing = EnumSet.noneOf(Vendor.class);
        Found<Article> found = super.getMany(ids, new Notes() {
            @Override
            public void vendorFailed(SwitchboardException failure) {
                notes.vendorFailed(failure);
            }

            @Override
            public void servedStale(Vendor vendor, Duration age) {
                failing.add(vendor);
                notes.servedStale(vendor, age);
            }
        });
        failing.addAll(found.failures().keySet());
        Map<Vendor, Set<String>> listed = new EnumMap<>(Vendor.class);
        found.objects().forEach((id, article) -> {
            if (article.rating() == null && !failing.contains(id.vendor())) {
                listed.computeIfAbsent(id.vendor(), vendor -> new LinkedHashSet<>()).add(id.remoteId());
            }
        });
        if (listed.isEmpty()) {
            return found;
        }
        Map<Vendor, Supplier<Uni<Map<String, Article>>>> byId = new EnumMap<>(Vendor.class);
        listed.forEach((vendor, remoteIds) -> byId.put(vendor, () -> fetch(vendor, remoteIds)));
        Map<GlobalId, Article> objects = new HashMap<>(found.objects());
        calls.all(byId, vendor -> vendor).forEach((vendor, outcome) -> {
            if (!outcome.ok()) {
                return; // the list's copies are what there is
            }
            for (String remoteId : listed.get(vendor)) {
                GlobalId id = GlobalId.of(vendor, Article.TYPE, remoteId);
                Article article = outcome.value().get(remoteId);
                if (article == null) {
                    objects.remove(id); // deleted since the list was fetched
                } else {
                    objects.put(id, article);
                }
            }
            try {
                store.putAll(outcome.value().values());
            } catch (RuntimeException e) {
                Log.warnf("Cache store unavailable, articles by id not stored: %s", e.getClass().getSimpleName());
            }
        });
        return new Found<>(objects, found.failures());
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
