package io.switchboard.graphql.types;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.Channel;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Vendor;

@Type("Conversation")
@Description("A conversation with a customer (Gladly, GB Talk), with its messages and notes.")
public final class Conversation implements Node {

    private final io.switchboard.domain.Conversation conversation;

    private Conversation(io.switchboard.domain.Conversation conversation) {
        this.conversation = conversation;
    }

    public static Conversation of(io.switchboard.domain.Conversation conversation) {
        return conversation == null ? null : new Conversation(conversation);
    }

    @Ignore
    public io.switchboard.domain.Conversation domain() {
        return conversation;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return conversation.globalId().format();
    }

    @NonNull
    @Description("GLADLY or GBTALK.")
    public Vendor getVendor() {
        return conversation.vendor();
    }

    @NonNull
    @Description("The vendor's own id of the conversation.")
    public String getRemoteId() {
        return conversation.remoteId();
    }

    @Description("The conversation's title, where the vendor keeps one.")
    public String getTitle() {
        return conversation.title();
    }

    @NonNull
    @Description("Where the conversation stands.")
    public ConversationStatus getStatus() {
        return conversation.status();
    }

    @Description("The channel the conversation runs on.")
    public Channel getChannel() {
        return conversation.channel();
    }

    @Description("When the conversation started.")
    public Instant getCreatedAt() {
        return conversation.createdAt();
    }

    @NonNull
    @Description("Topic ids (Gladly topicIds).")
    public List<@NonNull String> getTopics() {
        return conversation.topics();
    }
}
