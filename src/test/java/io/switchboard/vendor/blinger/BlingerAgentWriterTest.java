package io.switchboard.vendor.blinger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.switchboard.testing.Awaits.await;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.JsonResponses.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorAuth;
import io.switchboard.testing.VendorStubs;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;

/** Creating ({@code POST /agents}) and changing ({@code PUT /agents/{id}}) Blinger agents. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class BlingerAgentWriterTest {
    private static final String AGENTS = "/api/external/v1/agents";
    private static final String CREATED = "c2e53dee-ad8d-45dc-909a-465746932f11";
    private static final String AVATAR = "http://static.widget.blinger.io/1c/a8/7a/"
            + "405bb573328256eebf41c6c99fc1c445271acb9a594bb91fddabc963d1e6ba70.jpeg";

    @Inject
    BlingerAdapter adapter;

    WireMockServer blinger;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        blinger = VendorStubs.blinger();
    }

    @Test
    void createAgentPostsTheGivenFieldsAndAnswersTheAgentFromTheEnvelope() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));

        Agent agent = await(adapter.createAgent(new AgentDraft("Vadim Belorusov", null, null, null, null,
                "https://cdn.example.test/vadim.jpeg", AgentStatus.ONLINE, true, "12345")));

        assertEquals(Vendor.BLINGER, agent.vendor());
        assertEquals(CREATED, agent.remoteId());
        assertEquals("Vadim Belorusov", agent.name());
        // Blinger hosts the avatar itself: the agent carries Blinger's URL, not the one sent.
        assertEquals(AVATAR, agent.avatarUrl());
        assertEquals(AgentStatus.ONLINE, agent.status());
        assertEquals(Boolean.TRUE, agent.active());
        assertEquals(Instant.ofEpochSecond(1562243916), agent.createdAt());
        assertNull(agent.email());

        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"name": "Vadim Belorusov", "avatar": "https://cdn.example.test/vadim.jpeg",
                         "status": "online", "active": true, "serviceUserId": "12345"}
                        """)));
        assertEquals(1, blinger.getAllServeEvents().size());
    }

    @Test
    void createAgentSendsOnlyTheFieldsGiven() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(file("write-agent-created.json")));

        await(adapter.createAgent(new AgentDraft("Vadim Belorusov", null, null, null, null, null,
                AgentStatus.OFFLINE, null, null)));

        // equalToJson is strict about extra fields: null fields must be left out, not sent as null.
        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS)).withRequestBody(equalToJson("""
                {"name": "Vadim Belorusov", "status": "offline"}
                """)));
    }

    @Test
    void createAgentRefusesWhatBlingerAgentsDoNotHaveBeforeAnyCall() {
        SwitchboardException email = failure(adapter.createAgent(new AgentDraft("Vadim", "vadim@example.test",
                null, null, null, null, null, null, null)));
        assertEquals(ErrorCode.BAD_USER_INPUT, email.code());
        assertEquals(List.of("input", "email"), email.inputPath());

        SwitchboardException password = failure(adapter.createAgent(new AgentDraft("Vadim", null, "vadim",
                "secret", null, null, null, null, null)));
        assertEquals(List.of("input", "username"), password.inputPath());

        SwitchboardException status = failure(adapter.createAgent(new AgentDraft("Vadim", null, null, null, null,
                null, AgentStatus.UNKNOWN, null, null)));
        assertEquals(ErrorCode.BAD_USER_INPUT, status.code());
        assertEquals(List.of("input", "status"), status.inputPath());

        blinger.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void updateAgentPutsOnlyTheChangedFields() {
        blinger.stubFor(put(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-updated.json")));

        Agent agent = await(adapter.updateAgent(CREATED,
                new AgentChanges("Vadim B. Belorusov", null, null, AgentStatus.OFFLINE, false)));

        assertEquals(CREATED, agent.remoteId());
        assertEquals("Vadim B. Belorusov", agent.name());
        assertEquals(AgentStatus.OFFLINE, agent.status());
        assertEquals(Boolean.FALSE, agent.active());
        assertEquals(Instant.ofEpochSecond(1562244816), agent.updatedAt());
        blinger.verify(1, putRequestedFor(urlEqualTo(AGENTS + "/" + CREATED))
                .withHeader("Authorization", equalTo(VendorAuth.BLINGER))
                .withRequestBody(equalToJson("""
                        {"name": "Vadim B. Belorusov", "status": "offline", "active": false}
                        """)));
    }

    @Test
    void updateAgentSendsANewAvatarAsAUrl() {
        blinger.stubFor(put(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(file("write-agent-updated.json")));

        await(adapter.updateAgent(CREATED, new AgentChanges(null, null, "https://cdn.example.test/new.png", null,
                null)));

        blinger.verify(1, putRequestedFor(urlEqualTo(AGENTS + "/" + CREATED)).withRequestBody(equalToJson("""
                {"avatar": "https://cdn.example.test/new.png"}
                """)));
    }

    @Test
    void updateAgentRefusesAnEmailAndAnUnknownStatusBeforeAnyCall() {
        SwitchboardException email = failure(adapter.updateAgent(CREATED,
                new AgentChanges(null, "vadim@example.test", null, null, null)));
        assertEquals(ErrorCode.BAD_USER_INPUT, email.code());
        assertEquals(List.of("input", "email"), email.inputPath());

        SwitchboardException status = failure(adapter.updateAgent(CREATED,
                new AgentChanges(null, null, null, AgentStatus.UNKNOWN, null)));
        assertEquals(List.of("input", "status"), status.inputPath());

        blinger.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void updatingAnAgentBlingerDoesNotKnowIsNotFound() {
        blinger.stubFor(put(urlEqualTo(AGENTS + "/nobody")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": 404}")));

        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.updateAgent("nobody",
                new AgentChanges("X", null, null, null, null))).code());
        // An id that would leave the agent path names no agent either, and is not sent.
        assertEquals(ErrorCode.NOT_FOUND, failure(adapter.updateAgent("..",
                new AgentChanges("X", null, null, null, null))).code());
        blinger.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusalIsRejectedWithBlingersSanitisedMessage() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\": 422, \"message\": \"<b>serviceUserId</b>\\n is taken\"}")));

        SwitchboardException e = failure(adapter.createAgent(draft()));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertEquals(Vendor.BLINGER, e.vendor());
        assertTrue(e.getMessage().endsWith("serviceUserId is taken"), e.getMessage());
    }

    @Test
    void aRefusalInsideAnHttp200EnvelopeIsRejectedToo() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(okJson("""
                {"status": 400, "message": "name is required"}
                """)));

        SwitchboardException e = failure(adapter.createAgent(draft()));

        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("name is required"), e.getMessage());
    }

    @Test
    void unauthorizedIsAnAuthFailure() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(401)));

        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, failure(adapter.createAgent(draft())).code());
    }

    @Test
    void aServerErrorIsUnavailableAndTheWriteIsNotRetried() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(aResponse().withStatus(503)));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.createAgent(draft())).code());
        blinger.verify(1, postRequestedFor(urlEqualTo(AGENTS)));
    }

    @Test
    void aCreatedAgentWithoutAnIdIsUnavailable() {
        blinger.stubFor(post(urlEqualTo(AGENTS)).willReturn(okJson("""
                {"status": 200, "data": {"name": "Vadim Belorusov", "status": "online"}}
                """)));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.createAgent(draft())).code());
    }

    @Test
    void malformedJsonIsUnavailable() {
        blinger.stubFor(put(urlEqualTo(AGENTS + "/" + CREATED)).willReturn(okJson("{\"status\": 200, \"data\": {")));

        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, failure(adapter.updateAgent(CREATED,
                new AgentChanges("X", null, null, null, null))).code());
    }

    private static AgentDraft draft() {
        return new AgentDraft("Vadim Belorusov", null, null, null, null, null, null, null, null);
    }
}
