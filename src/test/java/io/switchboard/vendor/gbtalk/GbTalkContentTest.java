package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.testing.Awaits.WAIT;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.GbTalkStubs.assertCalledOnce;
import static io.switchboard.testing.GbTalkStubs.assertFailure;
import static io.switchboard.testing.GbTalkStubs.callCount;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Answer;
import io.switchboard.domain.Article;
import io.switchboard.domain.ArticleCategory;
import io.switchboard.domain.ArticleRating;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AnswerSource.AnswerQuery;
import io.switchboard.vendor.ArticleSource.ArticleQuery;

/** Saved replies as answers, and the help center's articles and categories. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkContentTest {

    private static final ArticleCategory DEVELOPERS = new ArticleCategory(Vendor.GBTALK, "K92kl", "Developers");
    private static final ArticleCategory GETTING_STARTED = new ArticleCategory(Vendor.GBTALK, "ols85",
            "Getting started");

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        stub("saved-replies", "saved-replies.json");
        stub("get-articles-categories", "get-articles-categories.json");
    }

    @Test
    void listAnswersMapsEverySavedReply() {
        Page<Answer> page = adapter.listAnswers(new AnswerQuery(null, null), null).await().atMost(WAIT);

        assertEquals(List.of("hello", "email", "refund-policy"),
                page.items().stream().map(Answer::remoteId).toList());
        assertNull(page.nextPageToken());
        Answer email = page.items().get(1);
        assertEquals(Vendor.GBTALK, email.vendor());
        assertEquals("email", email.title());
        assertEquals("Our email is <b>support@example.com</b>.<br>We answer within a day &amp; a half.",
                email.bodyHtml());
        assertEquals("Our email is support@example.com.\nWe answer within a day & a half.", email.bodyText());
        assertNull(email.language());
        assertEquals("Refunds take 5 days.\nContact billing for more.", page.items().get(2).bodyText());
        assertCalledOnce("saved-replies");
    }

    @Test
    void listAnswersSearchesNamesAndTextsIgnoringCase() {
        assertEquals(List.of("refund-policy"), adapter.listAnswers(new AnswerQuery("REFUND", null), null)
                .await().atMost(WAIT).items().stream().map(Answer::remoteId).toList());
        assertEquals(List.of("email"), adapter.listAnswers(new AnswerQuery("Support@", "en"), null)
                .await().atMost(WAIT).items().stream().map(Answer::remoteId).toList());
        assertEquals(List.of(form("saved-replies"), form("saved-replies")), calls("saved-replies"));
    }

    @Test
    void getAnswersPicksTheNamedRepliesFromTheList() {
        Map<String, Answer> answers = adapter.getAnswers(Set.of("hello", "no-such-reply")).await().atMost(WAIT);

        assertEquals(Set.of("hello"), answers.keySet());
        assertEquals("Hello! How can I help?", answers.get("hello").bodyText());
    }

    @Test
    void listArticlesReturnsTheHelpCenterWithCategoriesAndNoRatings() {
        stub("get-articles", "get-articles.json");

        Page<Article> page = adapter.listArticles(new ArticleQuery(null, null, null), null).await().atMost(WAIT);

        assertEquals(List.of("6P2Oq", "qf7kD"), page.items().stream().map(Article::remoteId).toList());
        assertNull(page.nextPageToken());
        Article api = page.items().get(0);
        assertEquals(Vendor.GBTALK, api.vendor());
        assertEquals("What's new with the API V2?", api.title());
        assertEquals("The API V2 is the new iteration of our developer API. The new API integrates webhooks.",
                api.content());
        assertEquals("https://gbtalk.test/help/api-v2", api.link());
        assertEquals(List.of(DEVELOPERS), api.categories());
        assertNull(api.language());
        assertNull(api.rating());
        Article move = page.items().get(1);
        assertNull(move.link());
        assertEquals(List.of(GETTING_STARTED), move.categories(), "a category id no category has is left out");
        assertCalledOnce("get-articles", "full", "true");
        assertCalledOnce("get-articles-categories");
        assertEquals(List.of(), calls("article-ratings"));
    }

    @Test
    void listArticlesPassesCategoryAndLanguageToGetArticles() {
        stub("get-articles", "get-articles.json");

        adapter.listArticles(new ArticleQuery(null, "K92kl", "es"), null).await().atMost(WAIT);

        assertCalledOnce("get-articles", "full", "true", "categories", "K92kl", "articles_language", "es");
    }

    @Test
    void listArticlesWithSearchTextSearchesAndFiltersTheCategoryItself() {
        stub("search-articles", "search-articles.json");

        Page<Article> page = adapter.listArticles(new ArticleQuery("  new ", "ols85", "en"), null).await()
                .atMost(WAIT);

        assertEquals(List.of("qf7kD"), page.items().stream().map(Article::remoteId).toList());
        assertEquals(List.of(GETTING_STARTED), page.items().get(0).categories());
        assertCalledOnce("search-articles", "search", "new", "articles_language", "en");
        assertEquals(List.of(), calls("get-articles"));
    }

    @Test
    void getArticlesFetchesEachByIdWithItsRatings() {
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), file("get-article-6P2Oq.json"));
        stub(function("get-articles").withFormParam("id", equalTo("nope")),
                json(200, "{\"success\": true, \"response\": false}"));
        stub("article-ratings", "article-ratings.json");

        Map<String, Article> articles = adapter.getArticles(Set.of("6P2Oq", "nope")).await().atMost(WAIT);

        assertEquals(Set.of("6P2Oq"), articles.keySet());
        Article api = articles.get("6P2Oq");
        assertEquals(new ArticleRating(3, 2), api.rating());
        assertEquals(List.of(DEVELOPERS), api.categories());
        assertEquals(Set.of(form("get-articles", "id", "6P2Oq", "full", "true"),
                form("get-articles", "id", "nope", "full", "true")), Set.copyOf(calls("get-articles")));
        // only the read form: a "rating" argument would add a rating
        assertCalledOnce("article-ratings", "article_id", "6P2Oq");
    }

    @Test
    void getArticlesReadsRatingsSentAsAnArrayOrAsNothing() {
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), file("get-article-6P2Oq.json"));
        stub(function("get-articles").withFormParam("id", equalTo("qf7kD")), json(200, """
                {"success": true, "response": {"id": "qf7kD", "title": "Should I move?", "content": "Yes.",
                  "link": "", "categories": ["ols85"]}}
                """));
        stub(function("article-ratings").withFormParam("article_id", equalTo("6P2Oq")),
                json(200, "{\"success\": true, \"response\": [1, -1, -1]}"));
        stub(function("article-ratings").withFormParam("article_id", equalTo("qf7kD")),
                json(200, "{\"success\": true, \"response\": false}"));

        Map<String, Article> articles = adapter.getArticles(Set.of("6P2Oq", "qf7kD")).await().atMost(WAIT);

        assertEquals(new ArticleRating(1, 2), articles.get("6P2Oq").rating());
        assertEquals(new ArticleRating(0, 0), articles.get("qf7kD").rating());
    }

    @Test
    void getArticlesWithoutIdsCallsNothing() {
        assertEquals(Map.of(), adapter.getArticles(Set.of()).await().atMost(WAIT));
        assertEquals(0, callCount());
    }

    @Test
    void listCategoriesMapsIdAndTitle() {
        List<ArticleCategory> categories = adapter.listCategories().await().atMost(WAIT);

        assertEquals(List.of(DEVELOPERS, GETTING_STARTED, new ArticleCategory(Vendor.GBTALK, "pl5S7", "Finance")),
                categories);
        assertCalledOnce("get-articles-categories");
    }

    @Test
    void wholeListsRejectAPageToken() {
        assertFailure(failure(adapter.listAnswers(new AnswerQuery(null, null), "2")), ErrorCode.BAD_USER_INPUT);
        assertFailure(failure(adapter.listArticles(new ArticleQuery(null, null, null), "2")),
                ErrorCode.BAD_USER_INPUT);
        assertEquals(0, callCount());
    }
}
