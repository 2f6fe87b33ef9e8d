package io.switchboard.vendor.gaglers;

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
import static io.switchboard.testing.Awaits.await;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.JsonResponses.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;

/**
 * Creating Gaglers agents ({@code POST /user/}) and chat widgets ({@code POST /topic/}): Gaglers answers 201 with
 * a {@code Location} only, so the adapter fetches the object from there.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GaglersWriterTest {
    private static final String AVATAR = "https://twimg0-a.akamaihd.net/profile_images/1463564988/profile.jpg";

    @Inject
    GaglersAdapter adapter;

    WireMockServer gaglers;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        gaglers = VendorStubs.gaglers();
    }

    @Test
    void createAgentWithAUsernamePostsTheUserThenFetchesItFromTheLocation() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/user/"))
                .willReturn(created("http://developer.gaglers.com/api/v1/user/3447/")));
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/3447/")).willReturn(file("write-user-3447.json")));

        Agent agent = await(adapter.createAgent(new AgentDraft("Great Clinic", null, "doctor1_mywebsite.com",
                "temppassword", null, AVATAR, null, null, null)));

        assertEquals(Vendor.GAGLERS, agent.vendor());
        assertEquals("3447", agent.remoteId());
        assertEquals("Great Clinic", agent.name());
        assertEquals("doctor1_mywebsite.com", agent.username());
        assertEquals(AVATAR, agent.avatarUrl());
        assertEquals(AgentStatus.UNKNOWN, agent.status());

        gaglers.verify(1, postRequestedFor(urlEqualTo("/api/v1/user/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"username": "doctor1_mywebsite.com", "password": "temppassword",
                         "nickname": "Great Clinic", "avatar_url": "%s"}
                        """.formatted(AVATAR))));
        gaglers.verify(1, getRequestedFor(urlEqualTo("/api/v1/user/3447/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
        assertEquals(2, gaglers.getAllServeEvents().size());
    }

    @Test
    void createAgentWithAGmailIdSendsItInsteadOfALogin() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/user/")).willReturn(created("/api/v1/user/573")));
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/573/")).willReturn(file("user-573.json")));

        Agent agent = await(adapter.createAgent(new AgentDraft("Augustus", "augustus.franklin@gmail.com", null,
                null, "augustus.franklin@gmail.com", AVATAR, null, null, null)));

        // A relative location without the trailing slash names the user as well.
        assertEquals("573", agent.remoteId());
        assertEquals("augustus.franklin@gmail.com", agent.email());
        gaglers.verify(1, postRequestedFor(urlEqualTo("/api/v1/user/")).withRequestBody(equalToJson("""
                {"gmail_id": "augustus.franklin@gmail.com", "nickname": "Augustus",
                 "avatar_url": "%s", "email": "augustus.franklin@gmail.com"}
                """.formatted(AVATAR))));
    }

    @Test
    void createAgentRefusesBlingerFieldsBeforeAnyCall() {
        SwitchboardException status = failure(adapter.createAgent(new AgentDraft("Augustus", null, null, null,
                "a@gmail.com", null, AgentStatus.ONLINE, null, null)));
        assertEquals(ErrorCode.BAD_USER_INPUT, status.code());
        assertEquals(List.of("input", "status"), status.inputPath());

        SwitchboardException serviceUserId = failure(adapter.createAgent(new AgentDraft("Augustus", null, null,
                null, "a@gmail.com", null, null, null, "crm-1")));
        assertEquals(List.of("input", "serviceUserId"), serviceUserId.inputPath());

        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void agentsCannotBeChanged() {
        SwitchboardException e = failure(adapter.updateAgent("573", new AgentChanges("New", null, null, null, null)));

        assertEquals(ErrorCode.UNSUPPORTED_BY_VENDOR, e.code());
        assertEquals(Vendor.GAGLERS, e.vendor());
        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aValidationFailureIsRejectedWithTheReasonAndNothingIsFetched() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/user/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"username is <b>already</b> taken\"}")));

        SwitchboardException e = failure(adapter.createAgent(gmailDraft()));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertEquals(Vendor.GAGLERS, e.vendor());
        assertTrue(e.getMessage().endsWith("username is already taken"), e.getMessage());
        assertEquals(1, gaglers.getAllServeEvents().size());
    }

    @Test
    void accessDeniedIsAnAuthFailure() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/user/")).willReturn(aResponse().withStatus(403)));

        SwitchboardException e = failure(adapter.createAgent(gmailDraft()));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, e.code());
        assertFalse(e.getMessage().contains(VendorStubs.GAGLERS_KEY));
    }

    @Test
    void aFailureIsUnavailableAndTheWriteIsNotRetried() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/user/")).willReturn(aResponse().withStatus(500)));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.createAgent(gmailDraft())).code());
        assertEquals(1, gaglers.getAllServeEvents().size());
    }

    @Test
    void aCreatedAgentWithoutAUsableLocationIsUnavailable() {
        for (ResponseDefinitionBuilder answer : List.of(aResponse().withStatus(201),
                created("http://developer.gaglers.com/api/v1/user/"),
                created("http://developer.gaglers.com/api/v1/user/new/"))) {
            gaglers.stubFor(post(urlEqualTo("/api/v1/user/")).willReturn(answer));

            SwitchboardException e = failure(adapter.createAgent(gmailDraft()));

            // Unavailable, not rejected: the agent may exist, and a replay must not create it again.
            assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
            assertTrue(e.getMessage().contains("no usable location"), e.getMessage());
        }
        gaglers.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void anAgentThatCannotBeReadBackIsUnavailableAndNamed() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/user/")).willReturn(created("/api/v1/user/3447/")));
        gaglers.stubFor(get(urlEqualTo("/api/v1/user/3447/")).willReturn(aResponse().withStatus(404)));

        SwitchboardException e = failure(adapter.createAgent(gmailDraft()));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("created agent 3447"), e.getMessage());
        gaglers.verify(1, postRequestedFor(urlEqualTo("/api/v1/user/")));
    }

    @Test
    void createWidgetPostsTheTopicThenFetchesItFromTheLocation() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/topic/"))
                .willReturn(created("http://developer.gaglers.com/api/v1/topic/37/")));
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/37/")).willReturn(file("write-topic-37.json")));

        ChatWidget widget = await(adapter.createWidget("http://www.mywebsite.com", "My Great Clinic",
                List.of("3447", "573")));

        assertEquals(new ChatWidget(Vendor.GAGLERS, "37", "My Great Clinic", "http://www.mywebsite.com",
                List.of("3447", "573"), List.of()), widget);
        gaglers.verify(1, postRequestedFor(urlEqualTo("/api/v1/topic/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"site_url": "http://www.mywebsite.com", "name": "My Great Clinic",
                         "operators": ["3447", "573"]}
                        """)));
        gaglers.verify(1, getRequestedFor(urlEqualTo("/api/v1/topic/37/"))
                .withHeader("Authorization", equalTo(VendorAuth.GAGLERS)));
    }

    @Test
    void createWidgetRefusesOperatorsThatAreNoGaglersIdsBeforeAnyCall() {
        SwitchboardException e = failure(adapter.createWidget("http://www.mywebsite.com", "Clinic",
                List.of("3447", "5475272c-3bc0")));

        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        assertEquals(List.of("input", "operatorIds", 1), e.inputPath());
        assertEquals(ErrorCode.BAD_USER_INPUT,
                failure(adapter.createWidget("http://www.mywebsite.com", "Clinic", List.of())).code());
        gaglers.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTakenWidgetNameIsRejected() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/topic/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"name must be unique within the website\"}")));

        SwitchboardException e = failure(adapter.createWidget("http://www.mywebsite.com", "Clinic",
                List.of("3447")));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("name must be unique within the website"), e.getMessage());
        gaglers.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void aWidgetThatCannotBeReadBackIsUnavailable() {
        gaglers.stubFor(post(urlEqualTo("/api/v1/topic/")).willReturn(created("/api/v1/topic/37/")));
        gaglers.stubFor(get(urlEqualTo("/api/v1/topic/37/")).willReturn(aResponse().withStatus(502)));

        SwitchboardException e = failure(adapter.createWidget("http://www.mywebsite.com", "Clinic",
                List.of("3447")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("created chat widget 37"), e.getMessage());
    }

    private static AgentDraft gmailDraft() {
        return new AgentDraft("Augustus", null, null, null, "augustus.franklin@gmail.com", null, null, null, null);
    }

    private static ResponseDefinitionBuilder created(String location) {
        return aResponse().withStatus(201).withHeader("Location", location);
    }
}
