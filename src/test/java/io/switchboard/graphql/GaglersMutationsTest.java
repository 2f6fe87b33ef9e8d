package io.switchboard.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.testing.GraphQL.query;
import static io.switchboard.testing.JsonResponses.file;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Vendor;
import io.switchboard.testing.EndToEndTestSupport;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;

/**
 * {@code createAgent} and {@code createChatWidget} against Gaglers end to end: GraphQL documents in, the real Gaglers
 * adapter out to WireMock ({@code POST /user/} and {@code POST /topic/}, each followed by a GET of the
 * {@code Location}), with the store kept consistent and client mutation ids honoured.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GaglersMutationsTest extends EndToEndTestSupport {

    private static final String USERS = "/api/v1/user/";
    private static final String TOPICS = "/api/v1/topic/";
    private static final String AVATAR = "https://twimg0-a.akamaihd.net/profile_images/1463564988/profile.jpg";

    private static final String CREATE_AGENT = """
            mutation($input: CreateAgentInput!) {
              createAgent(input: $input) { id vendor remoteId name email username avatarUrl status }
            }
            """;

    private static final String WIDGET_FIELDS = """
            id vendor remoteId name siteUrl
            operators { id name username status }
            onlineOperators { id }
            """;

    private static final String CREATE_WIDGET = """
            mutation($input: CreateChatWidgetInput!) {
              createChatWidget(input: $input) { %s }
            }
            """.formatted(WIDGET_FIELDS);

    private static final String ONE_WIDGET = """
            query($id: ID!) {
              chatWidget(id: $id) { %s }
            }
            """.formatted(WIDGET_FIELDS);

    private static final String GAGLERS_AGENTS = """
            {
              agents(vendor: GAGLERS) { edges { node { id name } } }
            }
            """;

    WireMockServer gaglers;

    @BeforeEach
    void findTheStub() {
        gaglers = VendorStubs.gaglers();
    }

    @Test
    void createAgentWithAUsernamePostsTheUserAndAnswersItFromItsLocation() {
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(created("http://developer.gaglers.com/api/v1/user/3447/")));
        gaglers.stubFor(get(urlEqualTo(USERS + "3447/")).willReturn(file("write-user-3447.json")));

        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Great Clinic",
                "username", "doctor1_mywebsite.com", "password", "temppassword", "avatarUrl", AVATAR)))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://gaglers/Agent/3447"))
                .body("data.createAgent.vendor", is("GAGLERS"))
                .body("data.createAgent.remoteId", is("3447"))
                .body("data.createAgent.name", is("Great Clinic"))
                .body("data.createAgent.username", is("doctor1_mywebsite.com"))
                .body("data.createAgent.avatarUrl", is(AVATAR))
                .body("data.createAgent.status", is("UNKNOWN"));

        gaglers.verify(1, postRequestedFor(urlEqualTo(USERS))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"username": "doctor1_mywebsite.com", "password": "temppassword",
                         "nickname": "Great Clinic", "avatar_url": "%s"}
                        """.formatted(AVATAR))));
        gaglers.verify(1, getRequestedFor(urlEqualTo(USERS + "3447/")).withHeader("Authorization",
                equalTo(VendorAuth.GAGLERS)));
        gaglers.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void createAgentWithAGmailIdSendsItInsteadOfALogin() {
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(created("/api/v1/user/573/")));
        gaglers.stubFor(get(urlEqualTo(USERS + "573/")).willReturn(file("user-573.json")));

        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Augustus",
                "gmailId", "augustus.franklin@gmail.com", "email", "augustus.franklin@gmail.com",
                "avatarUrl", AVATAR)))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://gaglers/Agent/573"))
                .body("data.createAgent.email", is("augustus.franklin@gmail.com"));

        gaglers.verify(1, postRequestedFor(urlEqualTo(USERS)).withRequestBody(equalToJson("""
                {"gmail_id": "augustus.franklin@gmail.com", "nickname": "Augustus",
                 "avatar_url": "%s", "email": "augustus.franklin@gmail.com"}
                """.formatted(AVATAR))));
    }

    @Test
    void anAgentWithoutCredentialsOrWithBlingerFieldsIsBadUserInputBeforeAnyCall() {
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Great Clinic")))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "username"));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Great Clinic",
                "username", "doctor1_mywebsite.com")))
                .body("errors[0].extensions.inputPath", contains("input", "username"));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Augustus",
                "gmailId", "not-an-email")))
                .body("errors[0].extensions.inputPath", contains("input", "gmailId"));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Augustus",
                "gmailId", "augustus.franklin@gmail.com", "status", "ONLINE")))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "status"));

        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void gaglersAgentsCannotBeChanged() {
        query("""
                mutation { updateAgent(id: "gid://gaglers/Agent/573", input: {name: "Gus"}) { id } }
                """)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("UNSUPPORTED_BY_VENDOR"))
                .body("errors[0].extensions.vendor", is("GAGLERS"));

        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusalIsRejectedWithGaglersReason() {
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"username is already taken\"}")));

        query(CREATE_AGENT, Map.of("input", gmailAgent(null)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("GAGLERS"))
                .body("errors[0].message", containsString("username is already taken"));

        gaglers.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void aNewAgentJoinsTheRememberedAgentList() {
        // Gaglers cannot list its agents: the list holds those Switchboard has seen.
        gaglers.stubFor(get(urlEqualTo(USERS + "573/")).willReturn(file("user-573.json")));
        query("""
                { agent(id: "gid://gaglers/Agent/573") { name } }
                """).body("data.agent.name", is("Augustus"));
        query(GAGLERS_AGENTS)
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://gaglers/Agent/573"));

        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(created("/api/v1/user/3447/")));
        gaglers.stubFor(get(urlEqualTo(USERS + "3447/")).willReturn(file("write-user-3447.json")));
        query(CREATE_AGENT, Map.of("input", Map.of("vendor", "GAGLERS", "name", "Great Clinic",
                "username", "doctor1_mywebsite.com", "password", "temppassword")))
                .body("errors", nullValue());

        query(GAGLERS_AGENTS)
                .body("errors", nullValue())
                .body("data.agents.edges.node.id", contains("gid://gaglers/Agent/3447", "gid://gaglers/Agent/573"))
                .body("data.agents.edges.node.name", contains("Great Clinic", "Augustus"));
        gaglers.verify(1, getRequestedFor(urlEqualTo(USERS + "573/")));
        gaglers.verify(1, getRequestedFor(urlEqualTo(USERS + "3447/")));
    }

    @Test
    void aReplayWithTheSameClientMutationIdAnswersTheFirstAgentWithoutASecondPost() {
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(created("/api/v1/user/573/")));
        gaglers.stubFor(get(urlEqualTo(USERS + "573/")).willReturn(file("user-573.json")));
        Map<String, Object> input = gmailAgent(UUID.randomUUID().toString());

        query(CREATE_AGENT, Map.of("input", input)).body("data.createAgent.id", is("gid://gaglers/Agent/573"));
        query(CREATE_AGENT, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createAgent.id", is("gid://gaglers/Agent/573"))
                .body("data.createAgent.name", is("Augustus"));

        gaglers.verify(1, postRequestedFor(urlEqualTo(USERS)));
        gaglers.verify(1, getRequestedFor(urlEqualTo(USERS + "573/")));
    }

    @Test
    void aFailedPostIsUnavailableAndItsReplayReportsItWithoutASecondPost() {
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(aResponse().withStatus(500)));
        Map<String, Object> input = gmailAgent(UUID.randomUUID().toString());

        query(CREATE_AGENT, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GAGLERS"));
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(created("/api/v1/user/573/")));
        query(CREATE_AGENT, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].extensions.vendor", is("GAGLERS"));

        gaglers.verify(1, postRequestedFor(urlEqualTo(USERS)));
    }

    @Test
    void anAgentCreatedButNotReadBackIsReportedWithItsIdAndNeverCreatedTwice() {
        gaglers.stubFor(post(urlEqualTo(USERS)).willReturn(created("/api/v1/user/573/")));
        gaglers.stubFor(get(urlEqualTo(USERS + "573/")).willReturn(aResponse().withStatus(503)));
        Map<String, Object> input = gmailAgent(UUID.randomUUID().toString());

        query(CREATE_AGENT, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].message", containsString("created agent 573"));
        query(CREATE_AGENT, Map.of("input", input))
                .body("errors[0].extensions.code", is("VENDOR_UNAVAILABLE"))
                .body("errors[0].message", containsString("created agent 573"));

        gaglers.verify(1, postRequestedFor(urlEqualTo(USERS)));
    }

    @Test
    void createChatWidgetPostsTheTopicAndAnswersItWithItsOperators() {
        stubNewWidget();

        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "My Great Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/3447", "gid://gaglers/Agent/573"))))
                .body("errors", nullValue())
                .body("data.createChatWidget.id", is("gid://gaglers/ChatWidget/37"))
                .body("data.createChatWidget.vendor", is("GAGLERS"))
                .body("data.createChatWidget.remoteId", is("37"))
                .body("data.createChatWidget.name", is("My Great Clinic"))
                .body("data.createChatWidget.siteUrl", is("http://www.mywebsite.com"))
                .body("data.createChatWidget.operators.id", contains("gid://gaglers/Agent/3447",
                        "gid://gaglers/Agent/573"))
                .body("data.createChatWidget.operators.name", contains("Great Clinic", "Augustus"))
                .body("data.createChatWidget.operators.status", contains("OFFLINE", "OFFLINE"))
                .body("data.createChatWidget.onlineOperators", empty());

        gaglers.verify(1, postRequestedFor(urlEqualTo(TOPICS))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"site_url": "http://www.mywebsite.com", "name": "My Great Clinic",
                         "operators": ["3447", "573"]}
                        """)));
        gaglers.verify(1, getRequestedFor(urlEqualTo(TOPICS + "37/")).withHeader("Authorization",
                equalTo(VendorAuth.GAGLERS)));
    }

    @Test
    void theCreatedWidgetIsReadFromTheStoreWithoutAnotherCall() {
        stubNewWidget();
        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "My Great Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/3447", "gid://gaglers/Agent/573"))))
                .body("errors", nullValue());

        query(ONE_WIDGET, Map.of("id", "gid://gaglers/ChatWidget/37"))
                .body("errors", nullValue())
                .body("data.chatWidget.name", is("My Great Clinic"))
                .body("data.chatWidget.operators.name", contains("Great Clinic", "Augustus"))
                .body("data.chatWidget.operators.username", contains("doctor1_mywebsite.com",
                        "augustus.franklin@gmail.com"));

        gaglers.verify(1, getRequestedFor(urlEqualTo(TOPICS + "37/")));
        gaglers.verify(1, getRequestedFor(urlEqualTo(USERS + "3447/")));
        gaglers.verify(1, getRequestedFor(urlEqualTo(USERS + "573/")));
    }

    @Test
    void operatorsMustBeGaglersAgentsAndAreCheckedBeforeAnyCall() {
        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "Clinic",
                "operatorIds", List.of("gid://blinger/Agent/5475272c-3bc0-40e9-83c4-0a1cd50bc721"))))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "operatorIds", 0));
        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/3447", "gid://gaglers/ChatWidget/1"))))
                .body("errors[0].extensions.inputPath", contains("input", "operatorIds", 1));
        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/not-a-number"))))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.inputPath", contains("input", "operatorIds", 0));
        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "Clinic",
                "operatorIds", List.of())))
                .body("errors[0].extensions.inputPath", contains("input", "operatorIds"));
        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "www.mywebsite.com", "name", "Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/3447"))))
                .body("errors[0].extensions.inputPath", contains("input", "siteUrl"));

        for (Vendor vendor : Vendor.values()) {
            VendorStubs.server(vendor).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void aTakenWidgetNameIsRejected() {
        gaglers.stubFor(post(urlEqualTo(TOPICS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"name must be unique within the website\"}")));

        query(CREATE_WIDGET, Map.of("input", Map.of("siteUrl", "http://www.mywebsite.com", "name", "My Great Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/3447"))))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("VENDOR_REJECTED"))
                .body("errors[0].extensions.vendor", is("GAGLERS"))
                .body("errors[0].message", containsString("name must be unique within the website"));
    }

    @Test
    void aWidgetReplayWithTheSameClientMutationIdMakesOnePost() {
        stubNewWidget();
        Map<String, Object> input = Map.of("siteUrl", "http://www.mywebsite.com", "name", "My Great Clinic",
                "operatorIds", List.of("gid://gaglers/Agent/3447", "gid://gaglers/Agent/573"),
                "clientMutationId", UUID.randomUUID().toString());

        query(CREATE_WIDGET, Map.of("input", input)).body("data.createChatWidget.remoteId", is("37"));
        query(CREATE_WIDGET, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.createChatWidget.remoteId", is("37"))
                .body("data.createChatWidget.operators.name", contains("Great Clinic", "Augustus"));

        gaglers.verify(1, postRequestedFor(urlEqualTo(TOPICS)));
    }

    private void stubNewWidget() {
        gaglers.stubFor(post(urlEqualTo(TOPICS)).willReturn(created("http://developer.gaglers.com/api/v1/topic/37/")));
        gaglers.stubFor(get(urlEqualTo(TOPICS + "37/")).willReturn(file("write-topic-37.json")));
        gaglers.stubFor(get(urlEqualTo(USERS + "3447/")).willReturn(file("write-user-3447.json")));
        gaglers.stubFor(get(urlEqualTo(USERS + "573/")).willReturn(file("user-573.json")));
    }

    private static Map<String, Object> gmailAgent(String clientMutationId) {
        Map<String, Object> input = new HashMap<>();
        input.put("vendor", "GAGLERS");
        input.put("name", "Augustus");
        input.put("gmailId", "augustus.franklin@gmail.com");
        if (clientMutationId != null) {
            input.put("clientMutationId", clientMutationId);
        }
        return input;
    }

    private static ResponseDefinitionBuilder created(String location) {
        return aResponse().withStatus(201).withHeader("Location", location);
    }
}
