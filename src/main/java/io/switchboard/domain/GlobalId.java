package io.switchboard.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

import io.switchboard.error.SwitchboardException;

/**
 * The public id of every object: {@code gid://<vendor>/<Type>/<remoteId>}, with the remote id percent-encoded
 * (RFC 3986 unreserved characters stay as they are). Every id into and out of the API passes through here.
 */
public record GlobalId(Vendor vendor, String type, String remoteId) {

    /** GraphQL type names a global id may name. */
    public static final Set<String> TYPES = Set.of("Agent", "Customer", "Conversation", "Message", "Note", "Answer",
            "Article", "ArticleCategory", "ChatWidget");

    private static final String SCHEME = "gid://";
    private static final int MAX_LENGTH = 512;

    public GlobalId {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(remoteId, "remoteId");
    }

    public static GlobalId of(Vendor vendor, String type, String remoteId) {
        return new GlobalId(vendor, type, remoteId);
    }

    public String format() {
        return SCHEME + vendor.key() + "/" + type + "/" + encode(remoteId);
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Parses a global id, failing with {@code BAD_USER_INPUT} when it is malformed or names an unknown vendor or
     * type. Whether the vendor is enabled is checked by the caller, which knows the configuration.
     */
    public static GlobalId parse(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !id.startsWith(SCHEME)) {
            throw invalid(id);
        }
        String[] parts = id.substring(SCHEME.length()).split("/", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw invalid(id);
        }
        Vendor vendor = Vendor.fromKey(parts[0]).orElseThrow(
                () -> SwitchboardException.badUserInput("Unknown vendor '" + printable(parts[0]) + "' in id"));
        if (!TYPES.contains(parts[1])) {
            throw SwitchboardException.badUserInput("Unknown type '" + printable(parts[1]) + "' in id");
        }
        String remoteId = decode(parts[2], id);
        if (remoteId.equals(".") || remoteId.equals("..")) {
            // no vendor names an object so, and as a path segment it would name another resource
            throw invalid(id);
        }
        return new GlobalId(vendor, parts[1], remoteId);
    }

    /** Parses an id that must name the given type, e.g. an {@code agent(id:)} argument. */
    public static GlobalId parse(String id, String expectedType) {
        GlobalId parsed = parse(id);
        if (!parsed.type.equals(expectedType)) {
            throw SwitchboardException.badUserInput(
                    "Id " + parsed.format() + " names a " + parsed.type + ", not a " + expectedType);
        }
        return parsed;
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String decode(String value, String id) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw invalid(id);
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw invalid(id);
                }
                bytes.write((hi << 4) | lo);
                i += 2;
            } else if (c < 0x80 && c > 0x20 && c != '/') {
                bytes.write(c);
            } else {
                throw invalid(id);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static SwitchboardException invalid(String id) {
        return SwitchboardException.badUserInput("Malformed id '" + printable(id)
                + "': expected gid://<vendor>/<Type>/<remoteId>");
    }

    /** Keeps caller input in error messages short and free of control characters. */
    private static String printable(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
