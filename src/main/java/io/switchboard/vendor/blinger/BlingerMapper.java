package io.switchboard.vendor.blinger;

import java.time.Instant;
import java.util.Locale;

import io.switchboard.domain.Agent;
import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Vendor;

/** Turns Blinger DTOs into the unified model. */
final class BlingerMapper {

    /**
     * Epoch seconds stay below this until the year 5138; a larger value can only be milliseconds. Blinger documents
     * seconds, but reading a millisecond value as seconds would put an agent tens of thousands of years ahead.
     */
    private static final long LARGEST_EPOCH_SECOND = 100_000_000_000L;

    private BlingerMapper() {
    }

    static Agent toAgent(BlingerAgent agent) {
        return toAgent(agent, null);
    }

    /** @param requestedId the id the agent was fetched by, used should Blinger leave its {@code id} out */
    static Agent toAgent(BlingerAgent agent, String requestedId) {
        return new Agent(
                Vendor.BLINGER,
                agent.id() != null ? agent.id() : requestedId,
                agent.name(),
                null,
                null,
                avatarUrl(agent.avatar()),
                status(agent.status()),
                agent.active(),
                instant(agent.createdAt()),
                instant(agent.updatedAt()));
    }

    static AgentStatus status(String status) {
        if (status == null) {
            return AgentStatus.UNKNOWN;
        }
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "online" -> AgentStatus.ONLINE;
            case "offline" -> AgentStatus.OFFLINE;
            default -> AgentStatus.UNKNOWN;
        };
    }

    /** Epoch seconds as an instant; null or non-positive (an unset time) is null. */
    static Instant instant(Long epochSeconds) {
        if (epochSeconds == null || epochSeconds <= 0) {
            return null;
        }
        return epochSeconds > LARGEST_EPOCH_SECOND
                ? Instant.ofEpochMilli(epochSeconds)
                : Instant.ofEpochSecond(epochSeconds);
    }

    private static String avatarUrl(BlingerAgent.Avatar avatar) {
        if (avatar == null || avatar.url() == null) {
            return null;
        }
        String url = avatar.url().original();
        return url == null || url.isBlank() ? null : url;
    }
}
