package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertKeys;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.column;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.object;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/**
 * The sandbox's article and saved-reply functions: get-articles, search-articles, get-articles-categories,
 * article-ratings, saved-replies.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkSandboxArticlesTest extends GbTalkSandboxTestSupport {

    private static final Set<String> ARTICLE_KEYS = Set.of("id", "title", "content", "link", "categories");

    @Test
    void getArticlesListsExcerptsUnlessFull() {
        List<Map<String, Object>> excerpts = rows("get-articles");
        List<Map<String, Object>> full = rows("get-articles", "full", "true");
        assertTrue(excerpts.size() >= 10);
        assertEquals(column(full, "id"), column(excerpts, "id"));
        boolean someCut = false;
        for (int i = 0; i < excerpts.size(); i++) {
            Map<String, Object> excerpt = excerpts.get(i);
            assertKeys(ARTICLE_KEYS, excerpt);
            assertInstanceOf(List.class, excerpt.get("categories"));
            String content = excerpt.get("content").toString();
            String whole = full.get(i).get("content").toString();
            assertTrue(content.length() <= GbTalkRows.ARTICLE_EXCERPT_LENGTH + 4, content);
            if (!content.equals(whole)) {
                someCut = true;
                assertTrue(content.endsWith(" ..."), content);
                assertTrue(whole.startsWith(content.substring(0, content.length() - 4)));
            }
        }
        assertTrue(someCut);
    }

    @Test
    void getArticlesWithAnIdAnswersOneWholeArticleOrFalse() {
        Map<String, Object> listed = rows("get-articles", "full", "true").get(0);
        Map<String, Object> single = object("get-articles", "id", listed.get("id").toString());
        assertKeys(ARTICLE_KEYS, single);
        assertEquals(listed, single);
        assertEquals(false, ok("get-articles", "id", "nope1").get("response"));
    }

    @Test
    void getArticlesFiltersCountsAndAddsCategoriesOnRequest() {
        assertEquals(3, rows("get-articles", "count", "3").size());

        List<Map<String, Object>> categories = rows("get-articles-categories");
        String category = categories.get(1).get("id").toString();
        List<Map<String, Object>> inCategory = rows("get-articles", "categories", category);
        assertFalse(inCategory.isEmpty());
        inCategory.forEach(article -> assertTrue(((List<?>) article.get("categories")).contains(category)));
        assertTrue(inCategory.size() < rows("get-articles").size());

        List<Object> both = ok("get-articles", "categories", "true").getList("response");
        assertEquals(2, both.size());
        assertEquals(rows("get-articles"), both.get(0));
        assertEquals(categories, both.get(1));
    }

    @Test
    void getArticlesCategoriesListsIdsAndTitlesUsedByTheArticles() {
        List<Map<String, Object>> categories = rows("get-articles-categories");
        assertEquals(4, categories.size());
        categories.forEach(category -> assertKeys(Set.of("id", "title"), category));
        Set<String> ids = new HashSet<>(column(categories, "id"));
        for (Map<String, Object> article : rows("get-articles")) {
            ((List<?>) article.get("categories")).forEach(id -> assertTrue(ids.contains(id.toString()), "" + id));
        }
    }

    @Test
    void searchArticlesMatchesTitleAndContent() {
        List<Map<String, Object>> found = rows("search-articles", "search", "REFUND");
        assertFalse(found.isEmpty());
        for (Map<String, Object> article : found) {
            assertKeys(ARTICLE_KEYS, article);
            Map<String, Object> whole = object("get-articles", "id", article.get("id").toString());
            String text = (whole.get("title") + " " + whole.get("content")).toLowerCase(Locale.ROOT);
            assertTrue(text.contains("refund"), text);
        }
        assertTrue(rows("search-articles", "search", "no-such-text-zzz").isEmpty());
    }

    @Test
    void articleRatingsAnswersTheStoredJsonTextOrFalse() throws Exception {
        List<Map<String, Object>> articles = rows("get-articles");
        Object rated = ok("article-ratings", "article_id", articles.get(0).get("id").toString()).get("response");
        assertInstanceOf(String.class, rated);
        List<?> ratings = mapper.readValue(rated.toString(), List.class);
        assertFalse(ratings.isEmpty());
        ratings.forEach(rating -> assertTrue(Set.of(1, -1).contains(rating), "" + rating));

        String unrated = articles.get(articles.size() - 1).get("id").toString();
        assertEquals(false, ok("article-ratings", "article_id", unrated).get("response"));
        assertEquals(false, ok("article-ratings", "article_id", "nope1").get("response"));
    }

    @Test
    void savedRepliesListsNamesAndTexts() {
        List<Map<String, Object>> replies = rows("saved-replies");
        assertEquals(5, replies.size());
        replies.forEach(reply -> {
            assertKeys(Set.of("reply-name", "reply-text"), reply);
            assertFalse(reply.get("reply-text").toString().isBlank());
        });
        assertEquals(replies.size(), new HashSet<>(column(replies, "reply-name")).size());
    }
}
