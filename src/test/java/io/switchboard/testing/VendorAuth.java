package io.switchboard.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code Authorization} header each vendor should receive from Switchboard, built from the test credentials in
 * {@link VendorStubs}. GB Talk has none: its token travels as a form field.
 */
public final class VendorAuth {

    /** Gladly: HTTP Basic with the API user and its token. */
    public static final String GLADLY = "Basic " + Base64.getEncoder().encodeToString(
            (VendorStubs.GLADLY_USER + ":" + VendorStubs.GLADLY_TOKEN).getBytes(StandardCharsets.UTF_8));

    /** Blinger: the bare token. */
    public static final String BLINGER = VendorStubs.BLINGER_TOKEN;

    /** Gaglers: {@code apikey <user>:<key>}. */
    public static final String GAGLERS = "apikey " + VendorStubs.GAGLERS_USER + ":" + VendorStubs.GAGLERS_KEY;

    private VendorAuth() {
    }
}
