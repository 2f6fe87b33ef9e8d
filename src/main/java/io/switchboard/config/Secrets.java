package io.switchboard.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The secret values of the configuration, so that text shown to callers can be scrubbed of any that a vendor echoed
 * back in an error body (a reason Switchboard passes on when a vendor rejects a request).
 */
@ApplicationScoped
public class Secrets {

    private static final String MASK = "[redacted]";
    /** Shorter values would match ordinary text. */
    private static final int MIN_LENGTH = 6;

    private final List<String> values;

    @Inject
    Secrets(SwitchboardConfig config) {
        List<String> found = new ArrayList<>();
        config.gladly().token().ifPresent(found::add);
        config.gladly().token().flatMap(token -> config.gladly().username().map(user -> Base64.getEncoder()
                .encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8)))).ifPresent(found::add);
        config.gbtalk().token().ifPresent(found::add);
        config.gbtalk().webhookKey().ifPresent(found::add);
        config.blinger().token().ifPresent(found::add);
        config.gaglers().apiKey().ifPresent(found::add);
        // longest first, so that a secret containing another is masked whole
        this.values = found.stream().filter(value -> value.length() >= MIN_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The text with every configured secret in it masked; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String value : values) {
            clean = clean.replace(value, MASK);
        }
        return clean;
    }

    /** Whether the text holds a configured secret. */
    public boolean leaks(String text) {
        return text != null && values.stream().anyMatch(text::contains);
    }
}
