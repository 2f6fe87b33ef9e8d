package io.switchboard.vendor;

import io.switchboard.domain.Vendor;

/**
 * What every vendor adapter port shares. An adapter is a CDI bean in {@code vendor/<name>/} that implements the
 * family ports its vendor can serve; {@link VendorRegistry} finds it. Every method returns a {@code Uni} that fails
 * with a {@link io.switchboard.error.SwitchboardException} (see {@link VendorErrors}) and never blocks.
 */
public interface VendorPort {

    Vendor vendor();
}
