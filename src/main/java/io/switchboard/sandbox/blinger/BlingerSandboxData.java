package io.switchboard.sandbox.blinger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The Blinger sandbox's agents, held in memory and seeded at startup. Access is synchronised: the sandbox also
 * serves writes.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class BlingerSandboxData {

    /** Where the sandbox pretends to host avatars; Blinger copies an avatar URL it is given to its own static host. */
    static final String STATIC_HOST = "https://static.blinger.sandbox.test";

    private final Map<String, SandboxBlingerAgent> agents = new LinkedHashMap<>();

    public BlingerSandboxData() {
        seed("0b6f2d4e-8a1c-4f3b-9d2e-5c7a1e9f3b20", "crm-1001", "Marta Kowalczyk", "online", true, 1704103200L);
        seed("3e9a7c15-2b4d-4e8f-a6c1-7d0b9e2f4a83", "crm-1002", "Tobias Lindqvist", "offline", true, 1704967200L);
        seed("5a1d8e3f-6c2b-47a9-8e4d-1f9c0b7a2d56", "crm-1003", "Ines Okonkwo", "online", true, 1706781600L);
        seed("7c4b2a90-1e5f-4d3c-b8a7-9e6d0c1f5b34", "crm-1004", "Rafael Quintero", "offline", false, 1709294400L);
        seed("9d3e6f12-4a7b-4c8d-9f1e-2b5a8c0d7e61", "crm-1005", "Yuki Tanabe", "online", true, 1714557600L);
        seed("b2f8c4d6-7e1a-4b9c-8d3f-6a0e5c9b1d47", "crm-1006", "Hedda Solberg", "offline", true, 1722506400L);
    }

    public synchronized List<SandboxBlingerAgent> list() {
        return List.copyOf(agents.values());
    }

    public synchronized Optional<SandboxBlingerAgent> get(String id) {
        return Optional.ofNullable(agents.get(id));
    }

    public synchronized SandboxBlingerAgent create(String serviceUserId, String name, String status,
            String avatarUrl, Boolean active) {
        long now = Instant.now().getEpochSecond();
        SandboxBlingerAgent agent = new SandboxBlingerAgent(UUID.randomUUID().toString(), serviceUserId, name,
                status == null ? "offline" : status, avatarUrl == null ? null : avatar(avatarUrl, now),
                active == null || active, now, now);
        agents.put(agent.id(), agent);
        return agent;
    }

    /** Changes the fields given (non-null); empty when there is no such agent. */
    public synchronized Optional<SandboxBlingerAgent> update(String id, String serviceUserId, String name,
            String status, String avatarUrl, Boolean active) {
        SandboxBlingerAgent agent = agents.get(id);
        if (agent == null) {
            return Optional.empty();
        }
        long now = Instant.now().getEpochSecond();
        SandboxBlingerAgent updated = agent.with(
                serviceUserId != null ? serviceUserId : agent.serviceUserId(),
                name != null ? name : agent.name(),
                status != null ? status : agent.status(),
                avatarUrl != null ? avatar(avatarUrl, now) : agent.avatar(),
                active != null ? active : agent.active(),
                now);
        agents.put(id, updated);
        return Optional.of(updated);
    }

    private void seed(String id, String serviceUserId, String name, String status, boolean active, long createdAt) {
        String avatarSource = "https://images.sandbox.test/agents/" + serviceUserId + ".jpeg";
        agents.put(id, new SandboxBlingerAgent(id, serviceUserId, name, status, avatar(avatarSource, createdAt - 3600),
                active, createdAt, createdAt + 86_400));
    }

    /** An avatar object as Blinger builds one from an uploaded image: content-addressed paths in three sizes. */
    static SandboxBlingerAgent.Avatar avatar(String sourceUrl, long uploadedAt) {
        String hash = sha256(sourceUrl);
        String path = "/" + hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash.substring(4, 6) + "/"
                + hash + ".jpeg";
        return new SandboxBlingerAgent.Avatar(
                UUID.nameUUIDFromBytes(sourceUrl.getBytes(StandardCharsets.UTF_8)).toString(),
                "image",
                new SandboxBlingerAgent.Meta(400, 400),
                new SandboxBlingerAgent.Info("jpeg", hash.substring(0, 13), path, 5106, "image/jpeg"),
                new SandboxBlingerAgent.Urls(STATIC_HOST + "/120x120" + path, STATIC_HOST + "/520x400" + path,
                        STATIC_HOST + path),
                uploadedAt,
                uploadedAt);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
