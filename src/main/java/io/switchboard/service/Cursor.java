package io.switchboard.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;

/**
 * An opaque connection cursor: a position in a merged list, as (vendor, the vendor's own page token, offset within
 * that page), bound to the list it came from by a short digest of the list key. Forged or foreign cursors are
 * {@code BAD_USER_INPUT}.
 */
record Cursor(Vendor vendor, String pageToken, int offset) {

    private static final String VERSION = "c1";
    private static final int MAX_LENGTH = 600;
    private static final int MAX_OFFSET = 100_000;

    String encode(String listKey) {
        String raw = String.join("\n", VERSION, listDigest(listKey), vendor.key(), Integer.toString(offset),
                pageToken == null ? "" : pageToken);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor, String listKey) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\n", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        if (!listDigest(listKey).equals(parts[1])) {
            throw SwitchboardException.badUserInput("The cursor belongs to another list or other arguments");
        }
        Vendor vendor = Vendor.fromKey(parts[2]).orElseThrow(Cursor::invalid);
        int offset;
        try {
            offset = Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            throw invalid();
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw invalid();
        }
        return new Cursor(vendor, parts[4].isEmpty() ? null : parts[4], offset);
    }

    private static String listDigest(String listKey) {
        return Integer.toHexString(listKey.hashCode());
    }

    private static SwitchboardException invalid() {
        return SwitchboardException.badUserInput("Malformed cursor: pass back an endCursor or edge cursor unchanged");
    }
}
