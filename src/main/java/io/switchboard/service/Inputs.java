package io.switchboard.service;

import java.util.regex.Pattern;

import io.switchboard.error.SwitchboardException;

/** Checks on caller arguments, so that bad input is refused before any vendor is called. */
final class Inputs {

    static final int MAX_TEXT = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    private Inputs() {
    }

    /** Free text: trimmed, null when blank, at most {@value #MAX_TEXT} characters. */
    static String text(String argument, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            throw SwitchboardException.badUserInput(argument + " must be at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    static String email(String argument, String value) {
        String email = text(argument, value);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw SwitchboardException.badUserInput(argument + " is not an email address");
        }
        return email;
    }

    static String language(String argument, String value) {
        String language = text(argument, value);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw SwitchboardException.badUserInput(argument + " is not a language code such as en-us");
        }
        return language;
    }

    /** A list key from name/value pairs; null values are left empty. */
    static String key(String... namesAndValues) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                key.append('|');
            }
            key.append(namesAndValues[i]).append('=');
            if (namesAndValues[i + 1] != null) {
                key.append(namesAndValues[i + 1].replace("|", "%7C"));
            }
        }
        return key.toString();
    }
}
