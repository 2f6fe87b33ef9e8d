package io.switchboard.graphql.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SendSmsInput")
@Description("An SMS to send through Gladly.")
public record SendSmsInput(
        @NonNull @Description("The customer's mobile number, E.164.") String to,
        @NonNull @Description("One of the organisation's Gladly SMS numbers, E.164.") String from,
        @NonNull @Description("The text.") String body,
        @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.") String clientMutationId) {
}
