package io.switchboard.graphql.types;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.AgentStatus;
import io.switchboard.domain.Vendor;

@Type("Agent")
@Description("A person who answers customers, in any of the vendors.")
public final class Agent implements Node, Participant {

    private final io.switchboard.domain.Agent agent;

    private Agent(io.switchboard.domain.Agent agent) {
        this.agent = agent;
    }

    public static Agent of(io.switchboard.domain.Agent agent) {
        return agent == null ? null : new Agent(agent);
    }

    @Ignore
    public io.switchboard.domain.Agent domain() {
        return agent;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return agent.globalId().format();
    }

    @NonNull
    @Description("The vendor that holds this agent.")
    public Vendor getVendor() {
        return agent.vendor();
    }

    @NonNull
    @Description("The vendor's own id of the agent.")
    public String getRemoteId() {
        return agent.remoteId();
    }

    @Description("Display name: Gladly name, GB Talk first + last name, Blinger name, Gaglers nickname.")
    public String getName() {
        return agent.name();
    }

    @Description("Email address: Gladly emailAddress, GB Talk email, Gaglers email.")
    public String getEmail() {
        return agent.email();
    }

    @Description("Login name: Gaglers username, GB Talk email.")
    public String getUsername() {
        return agent.username();
    }

    @Description("Avatar image URL: GB Talk profile_image, Blinger avatar.url.default, Gaglers avatar_url.")
    public String getAvatarUrl() {
        return agent.avatarUrl();
    }

    @NonNull
    @Description("Availability: Blinger status, GB Talk online users, Gaglers widget online operators; else UNKNOWN.")
    public AgentStatus getStatus() {
        return agent.status() == null ? AgentStatus.UNKNOWN : agent.status();
    }

    @Description("Whether the agent is active (Blinger).")
    public Boolean getActive() {
        return agent.active();
    }

    @Description("When the vendor created the agent.")
    public Instant getCreatedAt() {
        return agent.createdAt();
    }

    @Description("When the vendor last changed the agent.")
    public Instant getUpdatedAt() {
        return agent.updatedAt();
    }
}
