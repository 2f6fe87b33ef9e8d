package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.domain.Vendor;

@Description("A vendor's state as Switchboard sees it. Never shows credentials.")
public record VendorInfo(
        @NonNull @Description("The vendor.") Vendor vendor,
        @NonNull @Description("Whether the vendor is configured (its url is set).") boolean enabled,
        @Description("Circuit breaker state: CLOSED, OPEN (calls fail fast with VENDOR_UNAVAILABLE) or HALF_OPEN; "
                + "null for a vendor that is not configured.")
        String circuit,
        @Description("The last error a call to the vendor ended with, or null.") String lastError) {
}
