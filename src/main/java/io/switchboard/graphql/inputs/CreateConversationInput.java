package io.switchboard.graphql.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.domain.ConversationStatus;

@Input("CreateConversationInput")
@Description("A new conversation with a customer (GB Talk).")
public record CreateConversationInput(
        @NonNull @Id @Description("The customer, e.g. gid://gbtalk/Customer/12.") String customerId,
        @Description("Title.") String title,
        @Description("Initial status.") ConversationStatus status,
        @Id @Description("An agent of the same vendor to assign.") String assigneeId,
        @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.") String clientMutationId) {
}
