package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;

@Description("A file attached to a message.")
public record Attachment(@Description("File name.") String name, @Description("Where to download it.") String url) {

    static Attachment of(io.switchboard.domain.Attachment attachment) {
        return new Attachment(attachment.name(), attachment.url());
    }
}
