package io.switchboard.vendor.blinger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Vendor;

class BlingerMapperTest {

    @Test
    void epochSecondsBecomeInstants() {
        assertEquals(Instant.parse("2019-07-04T08:48:30Z"), BlingerMapper.instant(1562230110L));
        assertEquals(Instant.parse("1970-01-01T00:00:01Z"), BlingerMapper.instant(1L));
    }

    @Test
    void millisecondsAreRecognisedRatherThanReadAsSeconds() {
        assertEquals(Instant.parse("2019-07-04T08:48:30.123Z"), BlingerMapper.instant(1562230110123L));
    }

    @Test
    void missingOrUnsetTimesAreNull() {
        assertNull(BlingerMapper.instant(null));
        assertNull(BlingerMapper.instant(0L));
        assertNull(BlingerMapper.instant(-5L));
    }

    @Test
    void statusesMapLeniently() {
        assertEquals(AgentStatus.ONLINE, BlingerMapper.status("online"));
        assertEquals(AgentStatus.ONLINE, BlingerMapper.status(" Online "));
        assertEquals(AgentStatus.OFFLINE, BlingerMapper.status("offline"));
        assertEquals(AgentStatus.OFFLINE, BlingerMapper.status("OFFLINE"));
        assertEquals(AgentStatus.UNKNOWN, BlingerMapper.status("away"));
        assertEquals(AgentStatus.UNKNOWN, BlingerMapper.status(""));
        assertEquals(AgentStatus.UNKNOWN, BlingerMapper.status(null));
    }

    @Test
    void anAgentTakesTheDefaultAvatarUrl() {
        BlingerAgent dto = new BlingerAgent("a-1", "svc-1", "Ada Brandt", "offline",
                new BlingerAgent.Avatar("av-1", "image", new BlingerAgent.Meta(400, 400), null,
                        new BlingerAgent.Urls("http://cdn.test/120x120/a.jpeg", "http://cdn.test/520x400/a.jpeg",
                                "http://cdn.test/a.jpeg"),
                        1562198400L, 1562198400L),
                false, 1562230110L, 1562243916L);

        Agent agent = BlingerMapper.toAgent(dto);

        assertEquals(new Agent(Vendor.BLINGER, "a-1", "Ada Brandt", null, null, "http://cdn.test/a.jpeg",
                AgentStatus.OFFLINE, false, Instant.ofEpochSecond(1562230110L), Instant.ofEpochSecond(1562243916L)),
                agent);
    }

    @Test
    void anAgentWithoutAvatarOrUrlsHasNoAvatarUrl() {
        assertNull(BlingerMapper.toAgent(agentWith(null)).avatarUrl());
        assertNull(BlingerMapper.toAgent(agentWith(new BlingerAgent.Avatar("av", "image", null, null, null, null,
                null))).avatarUrl());
        assertNull(BlingerMapper.toAgent(agentWith(new BlingerAgent.Avatar("av", "image", null, null,
                new BlingerAgent.Urls("http://cdn.test/small.jpeg", null, " "), null, null))).avatarUrl());
    }

    @Test
    void anAgentWithoutIdKeepsTheIdItWasFetchedBy() {
        BlingerAgent dto = new BlingerAgent(null, null, "No Id", null, null, null, null, null);

        Agent agent = BlingerMapper.toAgent(dto, "requested-id");

        assertEquals("requested-id", agent.remoteId());
        assertEquals(AgentStatus.UNKNOWN, agent.status());
        assertNull(agent.active());
        assertNull(agent.createdAt());
    }

    private static BlingerAgent agentWith(BlingerAgent.Avatar avatar) {
        return new BlingerAgent("a-2", null, "Bo", "online", avatar, true, 1L, 1L);
    }
}
