package io.switchboard.graphql.inputs;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

// A class rather than a record: SmallRye reads a record component's element @NonNull as the list's own.
@Input("SendMessageInput")
@Description("A message to send in a conversation.")
public class SendMessageInput {

    @NonNull @Id @Description("The conversation.")
    public String conversationId;

    @NonNull @Description("The text.")
    public String body;

    @Id @Description("The agent writing (same vendor); default the API user.")
    public String authorId;

    @Description("Files to attach (GB Talk).")
    public List<@NonNull AttachmentInput> attachments;

    @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.")
    public String clientMutationId;
}
