package io.switchboard.graphql.types;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.Channel;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;

@Type("Message")
@Description("One message of a conversation.")
public final class Message implements Node {

    private final io.switchboard.domain.Message message;

    private Message(io.switchboard.domain.Message message) {
        this.message = message;
    }

    public static Message of(io.switchboard.domain.Message message) {
        return message == null ? null : new Message(message);
    }

    @Ignore
    public io.switchboard.domain.Message domain() {
        return message;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return message.globalId().format();
    }

    @NonNull
    @Description("The vendor that holds this message.")
    public Vendor getVendor() {
        return message.vendor();
    }

    @NonNull
    @Description("The vendor's own id of the message.")
    public String getRemoteId() {
        return message.remoteId();
    }

    @Id
    @NonNull
    @Description("The global id of the message's conversation.")
    public String getConversationId() {
        return GlobalId.of(message.vendor(), Conversation.TYPE, message.conversationRemoteId()).format();
    }

    @Description("The text, as plain text.")
    public String getBody() {
        return message.body();
    }

    @Description("The channel the message travelled on.")
    public Channel getChannel() {
        return message.channel();
    }

    @Description("When the message was written.")
    public Instant getCreatedAt() {
        return message.createdAt();
    }

    @NonNull
    @Description("Who wrote it: the customer, an agent, a bot or the system.")
    public AuthorRole getAuthorRole() {
        return message.authorRole();
    }

    @NonNull
    @Description("Files attached to the message.")
    public List<@NonNull Attachment> getAttachments() {
        return message.attachments().stream().map(Attachment::of).toList();
    }
}
