package io.switchboard.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A help-center category (GB Talk). */
@RegisterForReflection
public record ArticleCategory(Vendor vendor, String remoteId, String title) implements VendorObject {

    public static final String TYPE = "ArticleCategory";

    @Override
    public String typeName() {
        return TYPE;
    }
}
