package io.switchboard.sandbox.blinger;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Blinger agent exactly as the Blinger docs show it; times are epoch seconds. */
public record SandboxBlingerAgent(
        String id,
        String serviceUserId,
        String name,
        String status,
        Avatar avatar,
        boolean active,
        long createdAt,
        long updatedAt) {

    SandboxBlingerAgent with(String newServiceUserId, String newName, String newStatus, Avatar newAvatar,
            boolean newActive, long now) {
        return new SandboxBlingerAgent(id, newServiceUserId, newName, newStatus, newAvatar, newActive, createdAt, now);
    }

    /** An image Blinger hosts, in the sizes it serves. */
    public record Avatar(String id, String type, Meta meta, Info info, Urls url, long createdAt, long updatedAt) {
    }

    public record Meta(int width, int height) {
    }

    public record Info(String ext, String name, String path, long size, String mimeType) {
    }

    public record Urls(
            @JsonProperty("120x120") String thumbnail,
            @JsonProperty("520x400") String medium,
            @JsonProperty("default") String original) {
    }
}
