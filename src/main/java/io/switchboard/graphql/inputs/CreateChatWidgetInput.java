package io.switchboard.graphql.inputs;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateChatWidgetInput")
@Description("A new Gaglers chat widget.")
public record CreateChatWidgetInput(
        @NonNull @Description("The website, already registered with Gaglers.") String siteUrl,
        @NonNull @Description("A name unique within the website.") String name,
        @NonNull @Id @Description("Gaglers agents who answer it (at least one).") List<@NonNull String> operatorIds,
        @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.") String clientMutationId) {
}
