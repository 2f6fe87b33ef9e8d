package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkReply.ok;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.switchboard.sandbox.gbtalk.GbTalkStore.Article;

/**
 * The functions of the articles and saved replies: get-articles, search-articles, get-articles-categories,
 * article-ratings (reading, and adding a vote when {@code rating} is set: 1 positive, 0 negative; like the product's
 * settings row, a vote is kept even for an article id that has no article) and saved-replies. The sandbox holds
 * articles in the default language only, so {@code articles_language} always gets the documented fallback: the
 * default-language articles.
 */
final class GbTalkArticleFunctions {

    private final GbTalkStore store;

    GbTalkArticleFunctions(GbTalkStore store) {
        this.store = store;
    }

    List<GbTalkFunction> functions() {
        return List.of(
                new GbTalkFunction("get-articles", List.of(), this::getArticles),
                new GbTalkFunction("search-articles", List.of("search"), this::searchArticles),
                new GbTalkFunction("get-articles-categories", List.of(), this::getCategories),
                new GbTalkFunction("article-ratings", List.of("article_id"), this::articleRatings),
                new GbTalkFunction("saved-replies", List.of(), this::savedReplies));
    }

    private GbTalkReply getArticles(GbTalkArgs args) {
        Optional<String> id = args.text("id").map(String::trim).filter(v -> !v.isEmpty() && !v.equals("-1"));
        if (id.isPresent()) {
            // a single article comes whole, as an object; false when there is none (the docs leave this open)
            return ok(store.article(id.get()).<Object> map(article -> GbTalkRows.article(article, true))
                    .orElse(false));
        }
        boolean full = args.flag("full", false);
        Optional<String> categories = args.text("categories").map(String::trim)
                .filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("false") && !v.equals("0"));
        boolean withCategories = categories.map(GbTalkArgs::isTrue).orElse(false);
        Optional<String> category = categories.filter(v -> !GbTalkArgs.isTrue(v));
        OptionalLong count = args.number("count");
        Stream<Article> articles = store.articles().stream()
                .filter(article -> category.isEmpty() || article.categories().contains(category.get()));
        if (count.isPresent() && count.getAsLong() >= 0) {
            articles = articles.limit(count.getAsLong());
        }
        List<Map<String, Object>> rows = articles.map(article -> GbTalkRows.article(article, full)).toList();
        if (withCategories) {
            // the documented "double array": articles first, categories second
            return ok(List.of(rows, store.categories().stream().map(GbTalkRows::category).toList()));
        }
        return ok(rows);
    }

    private GbTalkReply searchArticles(GbTalkArgs args) {
        String needle = args.text("search").orElse("").toLowerCase(Locale.ROOT);
        return ok(store.articles().stream()
                .filter(article -> contains(article.title(), needle) || contains(article.content(), needle))
                .map(article -> GbTalkRows.article(article, false))
                .toList());
    }

    private GbTalkReply getCategories(GbTalkArgs args) {
        return ok(store.categories().stream().map(GbTalkRows::category).toList());
    }

    private GbTalkReply articleRatings(GbTalkArgs args) {
        String articleId = args.text("article_id").orElse("").trim();
        Optional<String> rating = args.text("rating").map(String::trim)
                .filter(value -> !value.isEmpty() && !value.equalsIgnoreCase("false"));
        if (rating.isPresent()) {
            // the documented 1 is a positive vote and 0 a negative one, stored as -1 like the ratings the docs show
            OptionalLong vote = GbTalkArgs.parseLong(rating.get());
            store.addRating(articleId, vote.isPresent() && vote.getAsLong() > 0 ? 1 : -1);
            return ok(true);
        }
        List<Integer> ratings = store.ratings(articleId);
        // the product answers with the stored JSON text itself, not a JSON array; false when nothing is stored
        return ok(ratings.isEmpty() ? false
                : ratings.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
    }

    private GbTalkReply savedReplies(GbTalkArgs args) {
        return ok(store.savedReplies().stream().map(GbTalkRows::savedReply).toList());
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
