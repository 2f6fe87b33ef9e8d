package io.switchboard.sandbox.gbtalk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The arguments of one API call, read the way the product's PHP reads its POST fields: everything arrives as text,
 * booleans are the words {@code true}/{@code false}, and "arrays in JSON format" are JSON text inside a field.
 */
final class GbTalkArgs {

    private final Map<String, String> fields;
    private final ObjectMapper mapper;

    GbTalkArgs(Map<String, String> fields, ObjectMapper mapper) {
        this.fields = Map.copyOf(fields);
        this.mapper = mapper;
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** A flag: {@code true} or {@code 1} is true, any other value false, an absent argument the fallback. */
    boolean flag(String name, boolean fallback) {
        return text(name).map(GbTalkArgs::isTrue).orElse(fallback);
    }

    /** An id or count; empty when absent or not a whole number (which then matches nothing). */
    OptionalLong number(String name) {
        return text(name).map(GbTalkArgs::parseLong).orElse(OptionalLong.empty());
    }

    /** A zero-based page number: absent, invalid or negative is the first page, as PHP's intval makes it. */
    int page(String name) {
        OptionalLong page = number(name);
        return page.isPresent() && page.getAsLong() > 0 ? (int) Math.min(page.getAsLong(), Integer.MAX_VALUE / 100)
                : 0;
    }

    /**
     * A list argument: a JSON array (elements as text), a single JSON scalar, or — leniently — a comma-separated
     * string. Empty when absent.
     */
    Optional<List<String>> list(String name) {
        return text(name).map(this::parseList);
    }

    /** A JSON argument (an "array in JSON format"); empty when absent, blank or not JSON. */
    Optional<JsonNode> json(String name) {
        return text(name).map(String::trim).filter(value -> !value.isEmpty()).flatMap(value -> {
            try {
                return Optional.ofNullable(mapper.readTree(value));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        });
    }

    static boolean isTrue(String value) {
        return "true".equalsIgnoreCase(value.trim()) || "1".equals(value.trim());
    }

    static OptionalLong parseLong(String value) {
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private List<String> parseList(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        try {
            JsonNode node = mapper.readTree(trimmed);
            if (node != null && node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
                return items;
            }
            if (node != null && node.isValueNode()) {
                return List.of(node.asText());
            }
            if (node != null && node.isObject()) {
                return List.of();
            }
        } catch (JsonProcessingException e) {
            // not JSON: fall through to the comma-separated form
        }
        return Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
