package io.switchboard.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A reusable answer: a Gladly public answer or a GB Talk saved reply (remote id = the reply's name). */
@RegisterForReflection
public record Answer(
        Vendor vendor,
        String remoteId,
        String title,
        String bodyHtml,
        String bodyText,
        String language) implements VendorObject {

    public static final String TYPE = "Answer";

    @Override
    public String typeName() {
        return TYPE;
    }
}
