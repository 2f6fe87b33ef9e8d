package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.allCalls;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.sorted;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * The help-center queries end to end ({@code articles}, {@code article(id:)}, {@code articleCategories}): GraphQL
 * documents in, the real GB Talk adapter out to WireMock, asserting both the mapped data and the form fields GB
 * Talk received.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class ArticleQueriesTest extends EndToEndTestSupport {

    private static final String API_V2 = "gid://gbtalk/Article/6P2Oq";
    private static final String MOVE = "gid://gbtalk/Article/qf7kD";
    private static final String DEVELOPERS = "gid://gbtalk/ArticleCategory/K92kl";
    private static final String GETTING_STARTED = "gid://gbtalk/ArticleCategory/ols85";
    private static final String FINANCE = "gid://gbtalk/ArticleCategory/pl5S7";

    private static final String ARTICLES = """
            query($search: String, $categoryId: ID, $language: String, $first: Int, $after: String) {
              articles(search: $search, categoryId: $categoryId, language: $language, first: $first, after: $after) {
                edges {
                  cursor
                  node { id vendor remoteId title content link language categories { id title } }
                }
                pageInfo { hasNextPage endCursor }
                totalCount
              }
            }
            """;

    private static final String ARTICLE = """
            query($id: ID!) {
              article(id: $id) {
                id vendor remoteId title content link language
                categories { id title }
                rating { positive negative }
              }
            }
            """;

    @BeforeEach
    void stubCategories() {
        stub(function("get-articles-categories"), file("get-articles-categories.json"));
    }

    @Test
    void articlesListTheHelpCenterWithEveryMappedField() {
        stub(function("get-articles"), file("get-articles.json"));

        query(ARTICLES)
                .body("errors", nullValue())
                .body("data.articles.edges.node.id", contains(API_V2, MOVE))
                .body("data.articles.edges.node.vendor", contains("GBTALK", "GBTALK"))
                .body("data.articles.edges.node.remoteId", contains("6P2Oq", "qf7kD"))
                .body("data.articles.edges.node.title",
                        contains("What's new with the API V2?", "Should I move to the new system?"))
                .body("data.articles.edges[0].node.content",
                        is("The API V2 is the new iteration of our developer API. The new API integrates webhooks."))
                .body("data.articles.edges[0].node.link", is("https://gbtalk.test/help/api-v2"))
                .body("data.articles.edges[1].node.link", nullValue())
                .body("data.articles.edges.node.language", contains(nullValue(), nullValue()))
                .body("data.articles.edges[0].node.categories.id", contains(DEVELOPERS))
                .body("data.articles.edges[0].node.categories.title", contains("Developers"))
                // a category id that no category has is left out
                .body("data.articles.edges[1].node.categories.id", contains(GETTING_STARTED))
                .body("data.articles.pageInfo.hasNextPage", is(false))
                .body("data.articles.totalCount", is(2));

        assertEquals(sorted(List.of(form("get-articles", "full", "true"), form("get-articles-categories"))),
                sorted(allCalls()));
    }

    @Test
    void languageIsSentAsArticlesLanguageAndMapped() {
        stub(function("get-articles"), file("e2e-know-get-articles-es.json"));

        query(ARTICLES, Map.of("language", "es"))
                .body("errors", nullValue())
                .body("data.articles.edges.node.id", contains("gid://gbtalk/Article/Tr4Es"))
                .body("data.articles.edges[0].node.title", is("¿Qué hay de nuevo en la API V2?"))
                .body("data.articles.edges[0].node.language", is("es"))
                .body("data.articles.edges[0].node.link", is("https://gbtalk.test/es/help/api-v2"))
                .body("data.articles.edges[0].node.categories.title", contains("Developers"));

        assertEquals(List.of(form("get-articles", "full", "true", "articles_language", "es")),
                calls("get-articles"));
    }

    @Test
    void searchAsksSearchArticles() {
        stub(function("search-articles"), file("search-articles.json"));

        query(ARTICLES, Map.of("search", "  new API "))
                .body("errors", nullValue())
                .body("data.articles.edges.node.id", contains(API_V2, MOVE))
                .body("data.articles.edges[0].node.content", is("The API V2 is the new iteration of o ..."))
                .body("data.articles.edges[1].node.link", is("https://gbtalk.test/help/move"));

        assertEquals(List.of(form("search-articles", "search", "new API")), calls("search-articles"));
        assertEquals(List.of(), calls("get-articles"));
    }

    @Test
    void aCategoryIdSendsTheCategoryToGbTalk() {
        stub(function("get-articles").withFormParam("categories", equalTo("K92kl")), file("get-articles.json"));

        query(ARTICLES, Map.of("categoryId", DEVELOPERS))
                .body("errors", nullValue())
                // GB Talk filters by category; rows outside it are not shown even when it sends them
                .body("data.articles.edges.node.id", contains(API_V2));

        assertEquals(List.of(form("get-articles", "full", "true", "categories", "K92kl")), calls("get-articles"));
    }

    @Test
    void aCategoryIdWithSearchTextKeepsOnlyTheCategorysHits() {
        stub(function("search-articles"), file("search-articles.json"));

        query(ARTICLES, Map.of("categoryId", GETTING_STARTED, "search", "new"))
                .body("errors", nullValue())
                .body("data.articles.edges.node.id", contains(MOVE))
                .body("data.articles.edges[0].node.categories.title", contains("Getting started"));

        assertEquals(List.of(form("search-articles", "search", "new")), calls("search-articles"));
    }

    @Test
    void aCategoryIdThatIsNotACategoryIsBadUserInput() {
        for (String categoryId : new String[] { API_V2, "gid://gladly/Answer/An2b", "K92kl", "gid://gbtalk/Nope/1" }) {
            query(ARTICLES, Map.of("categoryId", categoryId))
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].path", contains("articles"));
        }
        assertEquals(0, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void pagingWalksTheWholeList() {
        stub(function("get-articles"), file("get-articles.json"));

        String cursor = query(ARTICLES, Map.of("first", 1))
                .body("data.articles.edges.node.id", contains(API_V2))
                .body("data.articles.pageInfo.hasNextPage", is(true))
                .extract().path("data.articles.pageInfo.endCursor");

        query(ARTICLES, Map.of("first", 1, "after", cursor))
                .body("errors", nullValue())
                .body("data.articles.edges.node.id", contains(MOVE))
                .body("data.articles.pageInfo.hasNextPage", is(false));
    }

    @Test
    void articleByIdComesWithItsRatingsAndCategories() {
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), file("get-article-6P2Oq.json"));
        stub(function("article-ratings"), file("article-ratings.json"));

        query(ARTICLE, Map.of("id", API_V2))
                .body("errors", nullValue())
                .body("data.article.id", is(API_V2))
                .body("data.article.vendor", is("GBTALK"))
                .body("data.article.remoteId", is("6P2Oq"))
                .body("data.article.title", is("What's new with the API V2?"))
                .body("data.article.content",
                        is("The API V2 is the new iteration of our developer API. The new API integrates webhooks."))
                .body("data.article.link", is("https://gbtalk.test/help/api-v2"))
                .body("data.article.language", nullValue())
                .body("data.article.categories.id", contains(DEVELOPERS))
                .body("data.article.categories.title", contains("Developers"))
                // "[-1, 1, 1, -1, 1]"
                .body("data.article.rating.positive", is(3))
                .body("data.article.rating.negative", is(2));

        assertEquals(List.of(form("get-articles", "id", "6P2Oq", "full", "true")), calls("get-articles"));
        // the read form only: a rating argument would add a rating
        assertEquals(List.of(form("article-ratings", "article_id", "6P2Oq")), calls("article-ratings"));
        assertEquals(List.of(form("get-articles-categories")), calls("get-articles-categories"));
    }

    @Test
    void anArticleGbTalkDoesNotKnowIsNotFound() {
        stub(function("get-articles").withFormParam("id", equalTo("nope")),
                json(200, "{\"success\": true, \"response\": false}"));

        query(ARTICLE, Map.of("id", "gid://gbtalk/Article/nope"))
                .body("data.article", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("article"));

        assertEquals(List.of(form("get-articles", "id", "nope", "full", "true")), calls("get-articles"));
        assertEquals(List.of(), calls("article-ratings"));
    }

    @Test
    void anArticleIdOfAnotherTypeIsBadUserInput() {
        query(ARTICLE, Map.of("id", DEVELOPERS))
                .body("data.article", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("article"));
        assertEquals(0, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void anArticleSeenInAListStillComesWithItsRatingsAndFullContentById() {
        stub(function("search-articles"), file("search-articles.json"));
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), file("get-article-6P2Oq.json"));
        stub(function("article-ratings"), file("article-ratings.json"));
        query(ARTICLES, Map.of("search", "API"))
                .body("data.articles.edges[0].node.content", is("The API V2 is the new iteration of o ..."));

        query(ARTICLE, Map.of("id", API_V2))
                .body("errors", nullValue())
                .body("data.article.content",
                        is("The API V2 is the new iteration of our developer API. The new API integrates webhooks."))
                .body("data.article.rating.positive", is(3))
                .body("data.article.rating.negative", is(2));

        assertEquals(List.of(form("article-ratings", "article_id", "6P2Oq")), calls("article-ratings"));

        // the article by id is now the stored copy
        query(ARTICLE, Map.of("id", API_V2)).body("data.article.rating.positive", is(3));
        assertEquals(1, calls("article-ratings").size());
    }

    @Test
    void anArticleSeenInAListIsServedAsListedWhileGbTalkFails() {
        stub(function("get-articles"), file("get-articles.json"));
        query(ARTICLES).body("errors", nullValue());
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")), aResponse().withStatus(502));

        query(ARTICLE, Map.of("id", API_V2))
                .body("errors", nullValue())
                .body("data.article.title", is("What's new with the API V2?"))
                .body("data.article.categories.id", contains(DEVELOPERS))
                .body("data.article.rating", nullValue());

        // the 502 is transient: the read by id is tried once and retried twice before the list copy stands in
        Map<String, String> byId = form("get-articles", "id", "6P2Oq", "full", "true");
        assertEquals(List.of(form("get-articles", "full", "true"), byId, byId, byId), calls("get-articles"));
    }

    @Test
    void articleCategoriesListEveryCategory() {
        query("""
                { articleCategories { id title } }
                """)
                .body("errors", nullValue())
                .body("data.articleCategories.id", contains(DEVELOPERS, GETTING_STARTED, FINANCE))
                .body("data.articleCategories.title", contains("Developers", "Getting started", "Finance"));

        assertEquals(List.of(form("get-articles-categories")), calls("get-articles-categories"));
        assertEquals(1, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void gbTalkFailingLeavesAnEmptyListAndAVendorError() {
        VendorStubs.gbtalk().resetAll();
        stub(post(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT)), aResponse().withStatus(500).withBody("<h1>Oops</h1>"));

        query(ARTICLES)
                .body("data.articles.edges", empty())
                .body("data.articles.pageInfo.hasNextPage", is(false))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("articles"))
                .body("errors[0].message", not(containsString(VendorStubs.GBTALK_TOKEN)));

        query("""
                { articleCategories { id title } }
                """)
                .body("data.articleCategories", empty())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("articleCategories"));
    }

    @Test
    void gbTalkRefusingLeavesAnEmptyListAndAVendorRejectedError() {
        stub(function("search-articles"), json(200, "{\"success\": false, \"response\": \"invalid-language\"}"));

        query(ARTICLES, Map.of("search", "API"))
                .body("data.articles.edges", empty())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("articles"));
    }
}
