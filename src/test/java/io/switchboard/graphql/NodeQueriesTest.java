package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GbTalkStubs.callOf;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.VendorCalls.assertNoCalls;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorStubs;

/** {@code node(id:)} for every Node type it serves, its id errors, and the {@code vendors} query. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class NodeQueriesTest extends EndToEndTestSupport {

    /** Fields that differ in type or nullability across Node types cannot share a selection: one type at a time. */
    private static final String NODE = """
            query($id: ID!) {
              node(id: $id) {
                __typename
                id
                %s
              }
            }
            """;

    private static final List<String> SECRETS = List.of(VendorStubs.GLADLY_TOKEN, VendorStubs.GBTALK_TOKEN,
            VendorStubs.GBTALK_WEBHOOK_KEY, VendorStubs.BLINGER_TOKEN, VendorStubs.GAGLERS_KEY);

    // ------------------------------------------------------------------ node(id:)

    @Test
    void anAgentNode() {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo(
                "/api/external/v1/agents/5475272c-3bc0-40e9-83c4-0a1cd50bc721")).willReturn(file("agent.json")));

        node("gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721", "... on Agent { name status }")
                .body("errors", nullValue())
                .body("data.node.__typename", is("Agent"))
                .body("data.node.id", is("gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721"))
                .body("data.node.name", is("Vadim Belorusov"))
                .body("data.node.status", is("ONLINE"));
    }

    @Test
    void aCustomerNode() {
        VendorStubs.gladly().stubFor(get(urlPathEqualTo("/api/v1/customer-profiles/cst-20240311-0042"))
                .willReturn(file("customer-profile.json")));

        node("gid://gladly/Customer/cst-20240311-0042", "... on Customer { name type }")
                .body("errors", nullValue())
                .body("data.node.__typename", is("Customer"))
                .body("data.node.id", is("gid://gladly/Customer/cst-20240311-0042"))
                .body("data.node.name", is("Priya Raman"))
                .body("data.node.type", is("USER"));
    }

    @Test
    void aConversationNode() {
        stub(function("get-conversation").withFormParam("conversation_id", equalTo("946")),
                file("get-conversation-946.json"));
        stub(function("get-agents-in-conversation"), file("get-agents-in-conversation.json"));

        node("gid://gbtalk/Conversation/946", "... on Conversation { title status }")
                .body("errors", nullValue())
                .body("data.node.__typename", is("Conversation"))
                .body("data.node.id", is("gid://gbtalk/Conversation/946"))
                .body("data.node.title", is("Refund request"))
                .body("data.node.status", is("CLOSED"));

        VendorStubs.gbtalk().verify(1, callOf("get-conversation").withFormParam("conversation_id", equalTo("946"))
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN)));
    }

    @Test
    void anAnswerNode() {
        stub(function("saved-replies"), file("saved-replies.json"));

        node("gid://gbtalk/Answer/hello", "... on Answer { title bodyText }")
                .body("errors", nullValue())
                .body("data.node.__typename", is("Answer"))
                .body("data.node.id", is("gid://gbtalk/Answer/hello"))
                .body("data.node.title", is("hello"))
                .body("data.node.bodyText", is("Hello! How can I help?"));
    }

    @Test
    void anArticleNode() {
        stub(function("get-articles").withFormParam("id", equalTo("6P2Oq")),
                file("get-article-6P2Oq.json"));
        stub(function("article-ratings"), file("article-ratings.json"));
        stub(function("get-articles-categories"), file("get-articles-categories.json"));

        node("gid://gbtalk/Article/6P2Oq",
                "... on Article { title categories { title } rating { positive negative } }")
                .body("errors", nullValue())
                .body("data.node.__typename", is("Article"))
                .body("data.node.id", is("gid://gbtalk/Article/6P2Oq"))
                .body("data.node.title", is("What's new with the API V2?"))
                .body("data.node.categories.title", contains("Developers"))
                .body("data.node.rating.positive", is(3))
                .body("data.node.rating.negative", is(2));
    }

    @Test
    void aChatWidgetNode() {
        VendorStubs.gaglers().stubFor(get(urlPathEqualTo("/api/v1/topic/1/")).willReturn(file("topic-1.json")));

        node("gid://gaglers/ChatWidget/1", "... on ChatWidget { name siteUrl }")
                .body("errors", nullValue())
                .body("data.node.__typename", is("ChatWidget"))
                .body("data.node.id", is("gid://gaglers/ChatWidget/1"))
                .body("data.node.name", is("HindiPoems"))
                .body("data.node.siteUrl", is("http://www.prayogshala.com"));
    }

    @Test
    void aNodeTheVendorDoesNotKnowIsNullWithNotFound() {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents/nobody"))
                .willReturn(aResponse().withStatus(404)));

        node("gid://blinger/Agent/nobody", "... on Agent { name }")
                .body("data.node", nullValue())
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("BLINGER"))
                .body("errors[0].path", contains("node"));
    }

    @Test
    void malformedIdsAndIdsOfTypesThatAreNoNodeAreBadUserInput() {
        for (String id : List.of("WmeA3Y51Q5ayCAaZ1AotIA", "gid://gladly/Agent", "gid://gladly/Robot/1",
                "gid://acme/Agent/1", "gid://gladly/Note/Nt1", "gid://gbtalk/ArticleCategory/K92kl")) {
            node(id, "... on Agent { name }")
                    .body("data.node", nullValue())
                    .body("errors.size()", is(1))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.vendor", nullValue())
                    .body("errors[0].path", contains("node"));
        }
        node("gid://gladly/Note/Nt1", "").body("errors[0].message", containsString("Note"));
        assertNoCalls(Vendor.values());
    }

    @Test
    void aMessageIdIsUnsupported() {
        node("gid://gbtalk/Message/2044", "... on Message { body }")
                .body("data.node", nullValue())
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GBTALK"))
                .body("errors[0].message", containsString("conversation"));
        assertNoCalls(Vendor.values());
    }

    // ------------------------------------------------------------------ vendors

    @Test
    void vendorsListsEveryVendorEnabled() {
        query("{ vendors { vendor enabled circuit lastError } }")
                .body("errors", nullValue())
                .body("data.vendors.vendor", contains("GLADLY", "GBTALK", "BLINGER", "GAGLERS"))
                .body("data.vendors.enabled", everyItem(is(true)));
        assertNoCalls(Vendor.values());
    }

    @Test
    void aFailedVendorShowsItsLastErrorWithoutSecrets() {
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents"))
                .willReturn(aResponse().withStatus(401)));
        query("{ agents(vendor: BLINGER) { edges { cursor } } }")
                .body("errors[0].extensions.code", is("VENDOR_AUTH_FAILED"));

        String body = query("{ vendors { vendor enabled lastError } }")
                .body("errors", nullValue())
                .body("data.vendors[2].vendor", is("BLINGER"))
                .body("data.vendors[2].lastError", startsWith("VENDOR_AUTH_FAILED"))
                .body("data.vendors[2].lastError", containsString("Blinger"))
                .extract().asString();
        SECRETS.forEach(secret -> assertFalse(body.contains(secret), "the vendors query shows a secret"));
    }

    @Test
    void aVendorEchoingTheCredentialsNeverPutsThemInAnError() {
        // A vendor that repeats the credentials it refused in its error body
        VendorStubs.blinger().stubFor(get(urlPathEqualTo("/api/external/v1/agents")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"status\": 400, \"message\": \"Bad Authorization value " + VendorStubs.BLINGER_TOKEN
                        + "\"}")));
        stub(function("get-users"), aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"success\": false, \"response\": \"token " + VendorStubs.GBTALK_TOKEN
                        + " is read-only\"}"));

        String agents = query("{ agents(vendor: BLINGER) { edges { cursor } } }")
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .extract().asString();
        String customers = query("{ customers(vendor: GBTALK) { edges { cursor } } }")
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .extract().asString();
        String vendors = query("{ vendors { vendor lastError } }")
                .body("data.vendors[1].lastError", not(nullValue()))
                .body("data.vendors[2].lastError", not(nullValue()))
                .extract().asString();

        for (String response : List.of(agents, customers, vendors)) {
            SECRETS.forEach(secret -> assertFalse(response.contains(secret), "a secret in " + response));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static ValidatableResponse node(String id, String fragment) {
        return query(NODE.formatted(fragment), Map.of("id", id));
    }
}
