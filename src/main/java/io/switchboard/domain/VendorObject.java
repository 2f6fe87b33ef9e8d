package io.switchboard.domain;

/** Anything that has a vendor and a remote id, and so a {@link GlobalId}. */
public interface VendorObject {

    Vendor vendor();

    String remoteId();

    /** The GraphQL type name used in the global id. */
    String typeName();

    default GlobalId globalId() {
        return GlobalId.of(vendor(), typeName(), remoteId());
    }
}
