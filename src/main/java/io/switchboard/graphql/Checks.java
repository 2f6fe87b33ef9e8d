package io.switchboard.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.VendorRegistry;

/**
 * Validation of mutation arguments before any vendor is called. Every failure is BAD_USER_INPUT with
 * {@code extensions.inputPath} naming the offending value, e.g. {@code ["input", "emails", 1]}.
 */
final class Checks {

    static final int MAX_TEXT = 200;
    static final int MAX_BODY = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private Checks() {
    }

    static List<Object> path(Object... steps) {
        return List.of(steps);
    }

    /** Trimmed text, null when absent or blank unless required. */
    static String text(String value, int max, boolean required, List<Object> path) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw SwitchboardException.badInput(path, last(path) + " must not be empty");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw SwitchboardException.badInput(path, last(path) + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    static String email(String value, List<Object> path) {
        String email = text(value, MAX_TEXT, false, path);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw SwitchboardException.badInput(path, "'" + email + "' is not an email address");
        }
        return email;
    }

    static String phone(String value, List<Object> path) {
        String phone = text(value, 20, true, path);
        if (!E164.matcher(phone).matches()) {
            throw SwitchboardException.badInput(path, "Phone numbers must be E.164, e.g. +15035550142");
        }
        return phone;
    }

    static String url(String value, boolean required, List<Object> path) {
        String url = text(value, 2000, required, path);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw SwitchboardException.badInput(path, last(path) + " must be an http or https URL");
            }
        } catch (URISyntaxException e) {
            throw SwitchboardException.badInput(path, last(path) + " is not a valid URL");
        }
        return url;
    }

    static List<String> emails(List<String> values, List<Object> path) {
        return each(values, path, Checks::email);
    }

    static List<String> phones(List<String> values, List<Object> path) {
        return each(values, path, Checks::phone);
    }

    private static List<String> each(List<String> values, List<Object> path, Check check) {
        if (values == null) {
            return null;
        }
        if (values.size() > 20) {
            throw SwitchboardException.badInput(path, last(path) + " may hold at most 20 entries");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            List<Object> at = new ArrayList<>(path);
            at.add(i);
            String value = check.apply(values.get(i), at);
            if (value == null) {
                throw SwitchboardException.badInput(at, "must not be empty");
            }
            checked.add(value);
        }
        return checked;
    }

    /** A global id of the given type naming an enabled vendor. */
    static GlobalId id(VendorRegistry registry, String value, String type, List<Object> path) {
        try {
            return registry.requireEnabled(GlobalId.parse(value, type));
        } catch (SwitchboardException e) {
            throw SwitchboardException.badInput(path, e.getMessage());
        }
    }

    /** An optional global id that must name the same vendor as {@code owner}. */
    static GlobalId sameVendor(VendorRegistry registry, String value, String type, Vendor owner, List<Object> path) {
        if (value == null) {
            return null;
        }
        GlobalId id = id(registry, value, type, path);
        if (id.vendor() != owner) {
            throw SwitchboardException.badInput(path, last(path) + " must be a " + type + " of "
                    + SwitchboardException.vendorName(owner) + ", not of " + SwitchboardException.vendorName(id.vendor()));
        }
        return id;
    }

    static Vendor enabled(VendorRegistry registry, Vendor vendor, List<Object> path) {
        if (!registry.enabled(vendor)) {
            throw SwitchboardException.badInput(path, SwitchboardException.vendorName(vendor) + " is not configured");
        }
        return vendor;
    }

    private static Object last(List<Object> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return name;
            }
        }
        return "value";
    }

    private interface Check {
        String apply(String value, List<Object> path);
    }
}
