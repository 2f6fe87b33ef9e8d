package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.VendorCalls.assertNoCalls;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

/** {@code chatWidget(id:)} end to end: a Gaglers topic and its operators, those online marked ONLINE. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class ChatWidgetQueriesTest extends EndToEndTestSupport {

    private static final String CLINIC_DESK = "gid://gaglers/Agent/3447";
    private static final String AUGUSTUS = "gid://gaglers/Agent/573";

    @Test
    void aWidgetHasItsOperatorsAndTellsWhoIsOnline() {
        stubGaglers("/topic/36/", file("topic-36.json"));
        stubGaglers("/user/3447/", file("e2e-people-user-3447.json"));
        stubGaglers("/user/573/", file("user-573.json"));

        query("""
                {
                  chatWidget(id: "gid://gaglers/ChatWidget/36") {
                    id vendor remoteId name siteUrl
                    operators { id name email username avatarUrl status }
                    onlineOperators { id name status }
                  }
                }
                """)
                .body("errors", nullValue())
                .body("data.chatWidget.id", is("gid://gaglers/ChatWidget/36"))
                .body("data.chatWidget.vendor", is("GAGLERS"))
                .body("data.chatWidget.remoteId", is("36"))
                .body("data.chatWidget.name", is("My Great Clinic"))
                .body("data.chatWidget.siteUrl", is("http://www.mywebsite.com"))
                .body("data.chatWidget.operators.id", contains(CLINIC_DESK, AUGUSTUS))
                .body("data.chatWidget.operators.status", contains("ONLINE", "OFFLINE"))
                .body("data.chatWidget.operators[0].name", is("Great Clinic"))
                .body("data.chatWidget.operators[0].email", is("desk@mywebsite.com"))
                .body("data.chatWidget.operators[0].username", is("greatclinic"))
                .body("data.chatWidget.operators[0].avatarUrl",
                        is("https://www.mywebsite.com/static/staff/clinic-desk.png"))
                .body("data.chatWidget.operators[1].name", is("Augustus"))
                .body("data.chatWidget.onlineOperators.id", contains(CLINIC_DESK))
                .body("data.chatWidget.onlineOperators.status", contains("ONLINE"))
                .body("data.chatWidget.onlineOperators[0].name", is("Great Clinic"));

        VendorStubs.gaglers().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/topic/36/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
        // each operator is fetched once: the second field finds them in the store
        VendorStubs.gaglers().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/user/3447/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
        VendorStubs.gaglers().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/user/573/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
        assertNoCalls(Vendor.GLADLY, Vendor.GBTALK, Vendor.BLINGER);
    }

    @Test
    void aWidgetWithNobodyOnlineHasNoOnlineOperators() {
        stubGaglers("/topic/1/", file("topic-1.json"));
        stubGaglers("/user/573/", file("user-573.json"));

        query("""
                { chatWidget(id: "gid://gaglers/ChatWidget/1") { name operators { id status } onlineOperators { id } } }
                """)
                .body("errors", nullValue())
                .body("data.chatWidget.name", is("HindiPoems"))
                .body("data.chatWidget.operators.id", contains(AUGUSTUS))
                .body("data.chatWidget.operators.status", contains("OFFLINE"))
                .body("data.chatWidget.onlineOperators", empty());
    }

    @Test
    void aWidgetsOperatorsBecomeAgentsTheListKnows() {
        stubGaglers("/topic/36/", file("topic-36.json"));
        stubGaglers("/user/3447/", file("e2e-people-user-3447.json"));
        stubGaglers("/user/573/", file("user-573.json"));
        query("{ chatWidget(id: \"gid://gaglers/ChatWidget/36\") { operators { id } } }").body("errors", nullValue());

        query("{ agents(vendor: GAGLERS) { edges { node { id name } } } }")
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains(CLINIC_DESK, AUGUSTUS))
                .body("data.agents.edges.node.name", contains("Great Clinic", "Augustus"));
    }

    @Test
    void aWidgetGaglersDoesNotKnowIsNullWithNotFound() {
        stubGaglers("/topic/99/", aResponse().withStatus(404));

        query("""
                { chatWidget(id: "gid://gaglers/ChatWidget/99") { id name operators { id } } }
                """)
                .body("data.chatWidget", nullValue())
                .body("errors.size()", is(1))
                .body("errors[0].extensions.code", is("NOT_FOUND"))
                .body("errors[0].extensions.vendor", is("GAGLERS"))
                .body("errors[0].path", contains("chatWidget"));

        VendorStubs.gaglers().verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aWidgetIdOfAnotherVendorIsUnsupported() {
        query("""
                { chatWidget(id: "gid://gladly/ChatWidget/36") { id } }
                """)
                .body("data.chatWidget", nullValue())
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GLADLY"));

        assertNoCalls(Vendor.values());
    }

    private static void stubGaglers(String path, ResponseDefinitionBuilder response) {
        VendorStubs.gaglers().stubFor(get(urlPathEqualTo("/api/v1" + path)).willReturn(response));
    }
}
