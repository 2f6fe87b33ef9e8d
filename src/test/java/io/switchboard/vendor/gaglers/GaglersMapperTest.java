package io.switchboard.vendor.gaglers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Vendor;

class GaglersMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aUserBecomesAnAgentOfUnknownStatus() {
        GaglersUser user = new GaglersUser("573", "sid_ecomarket.com", "Great Clinic", "sid@ecomarket.test",
                "https://img.test/sid.jpg", null, "/api/v1/user/573/");

        assertEquals(new Agent(Vendor.GAGLERS, "573", "Great Clinic", "sid@ecomarket.test", "sid_ecomarket.com",
                "https://img.test/sid.jpg", AgentStatus.UNKNOWN, null, null, null),
                GaglersMapper.toAgent(user, "999"));
    }

    @Test
    void aUserWithoutUseridKeepsTheRequestedIdAndBlanksAreNull() {
        GaglersUser user = new GaglersUser(" ", "", "Nick", " ", "", null, null);

        Agent agent = GaglersMapper.toAgent(user, "42");

        assertEquals("42", agent.remoteId());
        assertEquals("Nick", agent.name());
        assertNull(agent.username());
        assertNull(agent.email());
        assertNull(agent.avatarUrl());
    }

    @Test
    void operatorIdsAreReadFromIdsAndUserObjects() throws JsonProcessingException {
        List<JsonNode> operators = nodes("""
                ["573", 3447, {"userid": 12}, {"id": "13"}, {"user_id": 14},
                 {"nickname": "x", "resource_uri": "/api/v1/user/15/"}, {"nickname": "no id"},
                 " ", null, true, ["16"], "573"]
                """);

        assertEquals(List.of("573", "3447", "12", "13", "14", "15"), GaglersMapper.operatorIds(operators));
    }

    @Test
    void missingOperatorListsAreEmpty() {
        assertEquals(List.of(), GaglersMapper.operatorIds(null));
        List<JsonNode> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals(List.of(), GaglersMapper.operatorIds(withNull));
    }

    @Test
    void aTopicBecomesAChatWidget() throws JsonProcessingException {
        GaglersTopic topic = new GaglersTopic(null, "HindiPoems", "http://www.prayogshala.com", nodes("[\"573\"]"),
                null, "/api/v1/topic/1/");

        assertEquals(new ChatWidget(Vendor.GAGLERS, "1", "HindiPoems", "http://www.prayogshala.com", List.of("573"),
                List.of()), GaglersMapper.toWidget(topic, "1"));
    }

    @Test
    void theIdOfACreatedObjectIsTheLastSegmentOfItsLocation() {
        assertEquals("573", GaglersMapper.idFromLocation("http://developer.gaglers.com/api/v1/user/573/"));
        assertEquals("36", GaglersMapper.idFromLocation("https://developer.gaglers.com/api/v1/topic/36"));
        assertEquals("3447", GaglersMapper.idFromLocation("/api/v1/user/3447/"));
        assertEquals("3447", GaglersMapper.idFromLocation(" /api/v1/user/3447// "));
        assertEquals("36", GaglersMapper.idFromLocation("http://developer.gaglers.com/api/v1/topic/36/?format=json"));
        assertEquals("36", GaglersMapper.idFromLocation("/api/v1/topic/36#top"));
        // Not a valid URI, yet the path still ends with the id.
        assertEquals("12", GaglersMapper.idFromLocation("/api/v1/user/{x}/12/?a=|"));
    }

    @Test
    void aLocationThatNamesNoGaglersObjectHasNoId() {
        assertNull(GaglersMapper.idFromLocation(null));
        assertNull(GaglersMapper.idFromLocation(""));
        assertNull(GaglersMapper.idFromLocation("http://developer.gaglers.com/api/v1/user/"));
        assertNull(GaglersMapper.idFromLocation("http://developer.gaglers.com/"));
        assertNull(GaglersMapper.idFromLocation("/api/v1/user/abc/"));
        assertNull(GaglersMapper.idFromLocation("/api/v1/user/-5/"));
    }

    private static List<JsonNode> nodes(String json) throws JsonProcessingException {
        List<JsonNode> nodes = new ArrayList<>();
        JSON.readTree(json).forEach(node -> nodes.add(node.isNull() ? null : node));
        return nodes;
    }
}
