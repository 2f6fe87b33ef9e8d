package io.switchboard.vendor.gladly;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Gladly's error body. The documented form is {@code {"errors":[{attr, code, detail, meta}]}}, but Gladly's
 * own examples also show {@code errors} as a single object, a bare array of errors, or no body at all; all of them
 * read here, and anything unreadable reads as no errors rather than failing the failure.
 */
record GladlyErrorBody(List<Error> errors) {

    /** Only tree reading is needed, so a plain mapper does; it never binds to classes. */
    private static final ObjectMapper JSON = new ObjectMapper();

    GladlyErrorBody {
        errors = List.copyOf(errors);
    }

    /**
     * One entry of {@code errors}.
     *
     * @param attr the offending field path, or null
     * @param code e.g. {@code blank}, {@code invalid}, {@code moved}, {@code taken}, {@code not_exist}
     * @param detail a human-readable explanation, or null
     * @param newId {@code meta.new} of a {@code moved} error: the id the object has now
     */
    record Error(String attr, String code, String detail, String newId) {
    }

    static GladlyErrorBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new GladlyErrorBody(List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return new GladlyErrorBody(List.of());
        }
        JsonNode errors = root != null && root.isObject() && root.has("errors") ? root.get("errors") : root;
        List<Error> read = new ArrayList<>();
        if (errors != null && errors.isArray()) {
            errors.forEach(node -> addIfError(node, read));
        } else {
            addIfError(errors, read);
        }
        return new GladlyErrorBody(read);
    }

    private static void addIfError(JsonNode node, List<Error> into) {
        if (node == null || !node.isObject()) {
            return;
        }
        Error error = new Error(text(node, "attr"), text(node, "code"), text(node, "detail"),
                text(node.path("meta"), "new"));
        if (error.attr() != null || error.code() != null || error.detail() != null || error.newId() != null) {
            into.add(error);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /**
     * What Gladly said went wrong, e.g. {@code "assignee.inboxId: 'inboxId' cannot be blank"}: each error's
     * {@code detail} (else its {@code code}), prefixed by {@code attr} when given; null when the body said nothing.
     * Not yet sanitised: {@link io.switchboard.vendor.VendorErrors} does that.
     */
    String reason() {
        String reason = errors.stream()
                .map(GladlyErrorBody::describe)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("; "));
        return reason.isEmpty() ? null : reason;
    }

    private static String describe(Error error) {
        String what = error.detail() != null ? error.detail() : error.code();
        if (what == null) {
            return error.attr() == null ? "" : "invalid " + error.attr();
        }
        return error.attr() == null ? what : error.attr() + ": " + what;
    }

    /** Whether an error says the object was merged into another ({@code code: moved}). */
    boolean moved() {
        return errors.stream().anyMatch(error -> "moved".equals(error.code()));
    }

    /** The id a merged object moved to ({@code meta.new} of the first error carrying one), or null. */
    String movedTo() {
        return errors.stream().map(Error::newId).filter(id -> id != null).findFirst().orElse(null);
    }
}
