package io.switchboard.domain;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Someone the support organisation talks to: a Gladly customer profile or a GB Talk visitor, lead or user. */
@RegisterForReflection
public record Customer(
        Vendor vendor,
        String remoteId,
        String name,
        String firstName,
        String lastName,
        List<String> emails,
        List<String> phones,
        String avatarUrl,
        CustomerType type,
        Instant createdAt,
        Instant lastActivityAt,
        List<Attribute> attributes) implements VendorObject {

    public static final String TYPE = "Customer";

    public Customer {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
