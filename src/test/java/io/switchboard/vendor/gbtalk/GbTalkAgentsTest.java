package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.switchboard.testing.Awaits.WAIT;
import static io.switchboard.testing.Awaits.failure;
import static io.switchboard.testing.GbTalkStubs.agentRow;
import static io.switchboard.testing.GbTalkStubs.assertCalledOnce;
import static io.switchboard.testing.GbTalkStubs.assertFailure;
import static io.switchboard.testing.GbTalkStubs.callCount;
import static io.switchboard.testing.GbTalkStubs.calls;
import static io.switchboard.testing.GbTalkStubs.form;
import static io.switchboard.testing.GbTalkStubs.function;
import static io.switchboard.testing.GbTalkStubs.stub;
import static io.switchboard.testing.GbTalkStubs.success;
import static io.switchboard.testing.JsonResponses.file;
import static io.switchboard.testing.JsonResponses.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.testing.VendorStubs;

@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkAgentsTest {

    private static final String AGENT_TYPES = "[\"agent\",\"admin\"]";

    @Inject
    GbTalkAdapter adapter;

    @BeforeEach
    void resetStubs() {
        VendorStubs.reset();
        stub("get-online-users", "get-online-users-agents.json");
    }

    @Test
    void listAgentsMapsUsersWithTheirOnlineStatus() {
        stub("get-users", "get-users-agents.json");

        Page<Agent> page = adapter.listAgents(null).await().atMost(WAIT);

        assertEquals(List.of("15", "12", "9"), page.items().stream().map(Agent::remoteId).toList());
        assertNull(page.nextPageToken());
        Agent ada = page.items().get(0);
        assertEquals(Vendor.GBTALK, ada.vendor());
        assertEquals("Ada Moreau", ada.name());
        assertEquals("ada.moreau@gbtalk.test", ada.email());
        assertEquals("ada.moreau@gbtalk.test", ada.username());
        assertEquals("https://chat.gbtalk.test/script/uploads/ada.png", ada.avatarUrl());
        assertEquals(AgentStatus.ONLINE, ada.status());
        assertEquals(Instant.parse("2020-05-13T08:58:18Z"), ada.createdAt());
        assertNull(ada.updatedAt());
        assertNull(ada.active());
        assertEquals(AgentStatus.OFFLINE, page.items().get(1).status());
        Agent kemal = page.items().get(2);
        assertEquals("Kemal", kemal.name());
        assertNull(kemal.avatarUrl());

        assertCalledOnce("get-users", "user_types", AGENT_TYPES, "pagination", "0");
        assertCalledOnce("get-online-users", "agents", "true");
    }

    @Test
    void listAgentsPagesOnAFullPageAndStopsOnAShortOne() {
        stub(function("get-users").withFormParam("pagination", equalTo("0")),
                json(200, success(GbTalkAdapter.PAGE_SIZE, i -> agentRow(1000 + i))));
        stub(function("get-users").withFormParam("pagination", equalTo("1")),
                file("get-users-agents.json"));

        Page<Agent> first = adapter.listAgents(null).await().atMost(WAIT);
        assertEquals(100, first.items().size());
        assertEquals("1000", first.items().get(0).remoteId());
        assertEquals("Agent 1099", first.items().get(99).name());
        assertEquals("1", first.nextPageToken());

        Page<Agent> second = adapter.listAgents(first.nextPageToken()).await().atMost(WAIT);
        assertEquals(3, second.items().size());
        assertNull(second.nextPageToken());

        assertEquals(List.of(form("get-users", "user_types", AGENT_TYPES, "pagination", "0"),
                form("get-users", "user_types", AGENT_TYPES, "pagination", "1")), calls("get-users"));
        assertEquals(2, calls("get-online-users").size(), "one status call per page");
    }

    @Test
    void listAgentsRejectsAPageTokenItDidNotHandOut() {
        assertFailure(failure(adapter.listAgents("page-2")), ErrorCode.BAD_USER_INPUT);
        assertEquals(0, callCount());
    }

    @Test
    void getAgentsAsksOnceForAllIdsAndLeavesOutCustomersAndUnknownIds() {
        stub("get-users", "get-users-by-ids-agents.json");

        Map<String, Agent> agents = adapter.getAgents(Set.of("12", "15", "802", "999", "not-a-number"))
                .await().atMost(WAIT);

        assertEquals(Set.of("12", "15"), agents.keySet());
        assertEquals("Bruce Peterson", agents.get("12").name());
        assertEquals(AgentStatus.OFFLINE, agents.get("12").status());
        assertEquals(AgentStatus.ONLINE, agents.get("15").status());
        assertCalledOnce("get-users", "user_ids", "[\"12\",\"15\",\"802\",\"999\"]");
        assertCalledOnce("get-online-users", "agents", "true");
    }

    @Test
    void getAgentsSplitsMoreThanOneHundredIdsIntoCallsOfOneHundred() {
        stub("get-users", "get-users-by-ids-agents.json");
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < 150; i++) {
            ids.add(String.valueOf(5000 + i));
        }
        ids.add("12");

        Map<String, Agent> agents = adapter.getAgents(ids).await().atMost(WAIT);

        assertEquals(Set.of("12"), agents.keySet());
        List<Map<String, String>> calls = calls("get-users");
        assertEquals(2, calls.size());
        assertEquals(100, countIds(calls.get(0).get("user_ids")));
        assertEquals(51, countIds(calls.get(1).get("user_ids")));
    }

    @Test
    void getAgentsWithoutAnIdGbTalkCouldHaveIssuedCallsNothing() {
        assertEquals(Map.of(), adapter.getAgents(Set.of("abc", "")).await().atMost(WAIT));
        assertEquals(0, callCount());
    }

    @Test
    void listAgentConversationsAsksForTheAgentsConversations() {
        stub("get-user-conversations", "get-user-conversations-agent.json");
        stub(function("get-agents-in-conversation"), json(200, """
                {"success": true, "response": {"995": [{"id": 12, "first_name": "Bruce", "last_name": "Peterson",
                    "profile_image": "", "conversation_id": 995}]}}
                """));

        Page<Conversation> page = adapter.listAgentConversations("12", null).await().atMost(WAIT);

        assertEquals(List.of("995", "951"), page.items().stream().map(Conversation::remoteId).toList());
        assertNull(page.nextPageToken());
        Conversation answered = page.items().get(0);
        assertEquals(ConversationStatus.CLOSED, answered.status());
        assertNull(answered.customerRemoteId(), "the agent wrote the latest message: the row cannot tell the customer");
        assertEquals("12", answered.assigneeRemoteId());
        assertEquals(AuthorRole.AGENT, answered.lastMessage().authorRole());
        Conversation waiting = page.items().get(1);
        assertEquals("805", waiting.customerRemoteId(), "a customer wrote the latest message in their conversation");
        assertNull(waiting.assigneeRemoteId());
        assertCalledOnce("get-user-conversations", "user_id", "12", "agents", "true");
        assertCalledOnce("get-agents-in-conversation", "conversation_id", "[\"995\",\"951\"]");
    }

    private static int countIds(String jsonArray) {
        return jsonArray.split(",").length;
    }
}
