package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.allCalls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GladlyStubs.authorizedGet;
import static io.switchboard.testing.GladlyStubs.stubGet;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/**
 * The {@code answers} and {@code answer(id:)} queries end to end: GraphQL documents in, the real Gladly and GB Talk
 * adapters out to WireMock, Gladly public answers merged before GB Talk saved replies.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class AnswerQueriesTest extends EndToEndTestSupport {

    private static final String ANSWERS = "/orgs/" + VendorStubs.GLADLY_ORG + "/answers";
    private static final String ANSWERS_SEARCH = "/orgs/" + VendorStubs.GLADLY_ORG + "/answers-search";

    private static final String JACKET = "An7xY8zA9bC0dE1fG2hI3j";
    private static final String RETURN_LABEL = "An2bC3dE4fG5hI6jK7lM8n";
    private static final String INTERNATIONAL = "An9zZ8yY7xX6wW5vV4uU3t";
    private static final String RETURN_WINDOW = "An4dE5fG6hI7jK8lM9nO0p";

    private static final String ANSWER_FIELDS = """
            id vendor remoteId title bodyHtml bodyText language
            """;

    private static final String ALL_ANSWERS = """
            query($vendor: Vendor, $search: String, $language: String, $first: Int, $after: String) {
              answers(vendor: $vendor, search: $search, language: $language, first: $first, after: $after) {
                edges { cursor node { %s } }
                pageInfo { hasNextPage endCursor }
                totalCount
              }
            }
            """.formatted(ANSWER_FIELDS);

    private static final String ONE_ANSWER = """
            query($id: ID!) {
              answer(id: $id) { %s }
            }
            """.formatted(ANSWER_FIELDS);

    @Test
    void answersListGladlyPublicAnswersThenGbTalkSavedRepliesWithEveryField() {
        gladlyAnswers();
        savedReplies();

        JsonPath data = query(ALL_ANSWERS)
                .body("errors", nullValue())
                .body("data.answers.edges.node.id", contains(
                        "gid://gladly/Answer/" + JACKET,
                        "gid://gladly/Answer/" + RETURN_LABEL,
                        "gid://gladly/Answer/" + RETURN_WINDOW,
                        "gid://gbtalk/Answer/hello",
                        "gid://gbtalk/Answer/shipping%20times",
                        "gid://gbtalk/Answer/refund-policy",
                        "gid://gbtalk/Answer/return-address"))
                .body("data.answers.edges.node.vendor", contains(
                        "GLADLY", "GLADLY", "GLADLY", "GBTALK", "GBTALK", "GBTALK", "GBTALK"))
                .body("data.answers.edges.cursor", everyItem(notNullValue()))
                .body("data.answers.pageInfo.hasNextPage", is(false))
                .extract().jsonPath();

        Map<String, Object> jacket = data.getMap("data.answers.edges[0].node");
        assertEquals(JACKET, jacket.get("remoteId"));
        assertEquals("Caring for a down jacket", jacket.get("title"));
        assertEquals("<p>Wash it <strong>cold</strong> &amp; tumble dry low.</p><p>Add two clean tennis balls.</p>",
                jacket.get("bodyHtml"));
        assertEquals("Wash it cold & tumble dry low.\n\nAdd two clean tennis balls.", jacket.get("bodyText"));
        assertEquals("en-us", jacket.get("language"));
        assertEquals("Open your order and choose \"Print label\".",
                data.getString("data.answers.edges[1].node.bodyText"));

        Map<String, Object> shipping = data.getMap("data.answers.edges[4].node");
        assertEquals("shipping times", shipping.get("remoteId"), "a saved reply's remote id is its name");
        assertEquals("shipping times", shipping.get("title"));
        assertEquals("<p>Orders ship within <b>2 business days</b>.</p><p>Returns are free &amp; easy.</p>",
                shipping.get("bodyHtml"));
        assertEquals("Orders ship within 2 business days.\nReturns are free & easy.", shipping.get("bodyText"));
        assertEquals(null, shipping.get("language"), "saved replies have no language");
        assertEquals("Refunds take 5 days.\nThey go back to the original card.",
                data.getString("data.answers.edges[5].node.bodyText"));

        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS).withoutQueryParam("lng"));
        assertEquals(1, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(List.of(form("saved-replies")), allCalls());
    }

    @Test
    void languageIsGladlysLngAndLeavesSavedRepliesUnfiltered() {
        gladlyAnswers();
        savedReplies();

        query(ALL_ANSWERS, Map.of("language", "es-419"))
                .body("errors", nullValue())
                .body("data.answers.edges.node.vendor", contains(
                        "GLADLY", "GLADLY", "GLADLY", "GBTALK", "GBTALK", "GBTALK", "GBTALK"));

        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS).withQueryParam("lng", equalTo("es-419")));
        assertEquals(1, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(List.of(form("saved-replies")), allCalls());
    }

    @Test
    void searchAsksGladlysAnswersSearchAndFiltersSavedReplies() {
        gladlyAnswers();
        stubGet(ANSWERS_SEARCH, file("answers-search.json"));
        savedReplies();

        JsonPath data = query(ALL_ANSWERS, Map.of("search", " Return ", "language", "en-us"))
                .body("errors", nullValue())
                .body("data.answers.edges.node.id", contains(
                        "gid://gladly/Answer/" + RETURN_LABEL,
                        "gid://gladly/Answer/" + INTERNATIONAL,
                        "gid://gladly/Answer/" + RETURN_WINDOW,
                        "gid://gbtalk/Answer/shipping%20times",
                        "gid://gbtalk/Answer/return-address"))
                .extract().jsonPath();

        // Gladly's hits carry names only: the bodies come from the answers list, where the hit is in it
        assertEquals("You have 30 days to return unworn items.", data.getString("data.answers.edges[2].node.bodyText"));
        assertEquals("Return label for international orders", data.getString("data.answers.edges[1].node.title"));
        assertEquals(null, data.getString("data.answers.edges[1].node.bodyHtml"));

        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS_SEARCH)
                .withQueryParam("q", equalTo("Return"))
                .withQueryParam("lng", equalTo("en-us")));
        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS).withQueryParam("lng", equalTo("en-us")));
        assertEquals(2, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(List.of(form("saved-replies")), allCalls(), "GB Talk filters its replies itself");
    }

    @Test
    void vendorNarrowsTheListToOneVendorAndCallsOnlyIt() {
        gladlyAnswers();
        savedReplies();

        query(ALL_ANSWERS, Map.of("vendor", "GBTALK"))
                .body("errors", nullValue())
                .body("data.answers.edges.node.remoteId",
                        contains("hello", "shipping times", "refund-policy", "return-address"))
                .body("data.answers.totalCount", is(4));
        assertEquals(0, VendorStubs.gladly().getAllServeEvents().size());

        query(ALL_ANSWERS, Map.of("vendor", "GLADLY"))
                .body("errors", nullValue())
                .body("data.answers.edges.node.remoteId", contains(JACKET, RETURN_LABEL, RETURN_WINDOW))
                .body("data.answers.totalCount", is(3));
        assertEquals(1, allCalls().size(), "only the first query called GB Talk");
        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS));
    }

    @Test
    void pagingWalksGladlyThenGbTalkAndShowsEachAnswerOnce() {
        gladlyAnswers();
        savedReplies();

        JsonPath first = query(ALL_ANSWERS, Map.of("first", 2))
                .body("errors", nullValue())
                .body("data.answers.edges.node.remoteId", contains(JACKET, RETURN_LABEL))
                .body("data.answers.pageInfo.hasNextPage", is(true))
                .extract().jsonPath();
        String afterFirst = first.getString("data.answers.pageInfo.endCursor");
        assertEquals(first.getString("data.answers.edges[1].cursor"), afterFirst);

        JsonPath second = query(ALL_ANSWERS, Map.of("first", 3, "after", afterFirst))
                .body("errors", nullValue())
                .body("data.answers.edges.node.remoteId", contains(RETURN_WINDOW, "hello", "shipping times"))
                .body("data.answers.pageInfo.hasNextPage", is(true))
                .extract().jsonPath();

        query(ALL_ANSWERS, Map.of("first", 3, "after", second.getString("data.answers.pageInfo.endCursor")))
                .body("errors", nullValue())
                .body("data.answers.edges.node.remoteId", contains("refund-policy", "return-address"))
                .body("data.answers.pageInfo.hasNextPage", is(false));

        // a cursor from an edge in the middle continues right after that edge
        query(ALL_ANSWERS, Map.of("first", 1, "after", second.getString("data.answers.edges[0].cursor")))
                .body("data.answers.edges.node.remoteId", contains("hello"));
    }

    @Test
    void aCursorOfAnotherSearchIsBadUserInput() {
        gladlyAnswers();
        savedReplies();
        String cursor = query(ALL_ANSWERS, Map.of("first", 1)).extract().path("data.answers.pageInfo.endCursor");

        query(ALL_ANSWERS, Map.of("first", 1, "after", cursor, "language", "de"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("answers"));
    }

    @Test
    void aMalformedLanguageIsBadUserInputBeforeAnyVendorCall() {
        for (String language : new String[] { "e", "en us", "english!", "en-" }) {
            query(ALL_ANSWERS, Map.of("language", language))
                    .body("data", nullValue())
                    .body("errors", hasSize(1))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].path", contains("answers"));
        }
        assertEquals(0, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(0, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void aFailingVendorLeavesTheOtherVendorsAnswersAndOneError() {
        gladlyAnswers();
        VendorStubs.gbtalk().stubFor(post(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT))
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

        query(ALL_ANSWERS)
                .body("data.answers.edges.node.remoteId", contains(JACKET, RETURN_LABEL, RETURN_WINDOW))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("answers"));
    }

    @Test
    void answerByIdGetsOneGladlyAnswerFromTheConfiguredOrg() {
        stubGet(ANSWERS + "/" + RETURN_LABEL, file("answer.json"));

        query(ONE_ANSWER, Map.of("id", "gid://gladly/Answer/" + RETURN_LABEL))
                .body("errors", nullValue())
                .body("data.answer.id", is("gid://gladly/Answer/" + RETURN_LABEL))
                .body("data.answer.vendor", is("GLADLY"))
                .body("data.answer.remoteId", is(RETURN_LABEL))
                .body("data.answer.title", is("Printing a return label"))
                .body("data.answer.bodyHtml",
                        is("<div><a href=\"/returns\">Open your order</a> and choose &quot;Print label&quot;.</div>"))
                .body("data.answer.bodyText", is("Open your order and choose \"Print label\"."))
                .body("data.answer.language", is("en-us"));

        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS + "/" + RETURN_LABEL));
        assertEquals(1, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(0, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void answerByIdFindsAGbTalkSavedReplyByItsPercentEncodedName() {
        savedReplies();

        query(ONE_ANSWER, Map.of("id", "gid://gbtalk/Answer/shipping%20times"))
                .body("errors", nullValue())
                .body("data.answer.id", is("gid://gbtalk/Answer/shipping%20times"))
                .body("data.answer.vendor", is("GBTALK"))
                .body("data.answer.remoteId", is("shipping times"))
                .body("data.answer.title", is("shipping times"))
                .body("data.answer.bodyText", is("Orders ship within 2 business days.\nReturns are free & easy."))
                .body("data.answer.language", nullValue());

        assertEquals(List.of(form("saved-replies")), allCalls());
        assertEquals(0, VendorStubs.gladly().getAllServeEvents().size());
    }

    @Test
    void anAnswerTheVendorDoesNotKnowIsNotFound() {
        stubGet(ANSWERS + "/An-gone", aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBodyFile("error-404-object.json"));
        savedReplies();

        query(ONE_ANSWER, Map.of("id", "gid://gladly/Answer/An-gone"))
                .body("data.answer", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GLADLY"))
                .body("errors[0].path", contains("answer"));
        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS + "/An-gone"));

        query(ONE_ANSWER, Map.of("id", "gid://gbtalk/Answer/no%20such%20reply"))
                .body("data.answer", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].path", contains("answer"));
        assertEquals(List.of(form("saved-replies")), allCalls());
    }

    @Test
    void anIdOfAnotherTypeIsBadUserInput() {
        query(ONE_ANSWER, Map.of("id", "gid://gbtalk/Article/6P2Oq"))
                .body("data.answer", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].path", contains("answer"));
        assertEquals(0, VendorStubs.gbtalk().getAllServeEvents().size());
    }

    @Test
    void theSameQueryWithinTheTtlIsServedFromTheCache() {
        gladlyAnswers();
        savedReplies();

        String first = query(ALL_ANSWERS, Map.of("language", "en-us")).body("errors", nullValue())
                .extract().asString();
        String second = query(ALL_ANSWERS, Map.of("language", "en-us")).body("errors", nullValue())
                .extract().asString();

        assertEquals(first, second);
        VendorStubs.gladly().verify(1, authorizedGet(ANSWERS).withQueryParam("lng", equalTo("en-us")));
        assertEquals(1, VendorStubs.gladly().getAllServeEvents().size());
        assertEquals(List.of(form("saved-replies")), allCalls());
    }

    // ------------------------------------------------------------------ stubs

    private static void gladlyAnswers() {
        stubGet(ANSWERS, file("answers.json"));
    }

    private static void savedReplies() {
        stub("saved-replies", "e2e-know-saved-replies.json");
    }
}
