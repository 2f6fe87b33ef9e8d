package io.switchboard.graphql.inputs;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AttachmentInput")
@Description("A file to attach, by link.")
public record AttachmentInput(
        @NonNull @Description("File name.") String name,
        @NonNull @Description("Where the file is (http or https).") String url) {
}
