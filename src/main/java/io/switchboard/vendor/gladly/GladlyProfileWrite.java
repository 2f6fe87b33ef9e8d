package io.switchboard.vendor.gladly;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /customer-profiles} and {@code PATCH /customer-profiles/{id}}: only what Switchboard sets.
 * Null fields are left out, which is what makes a PATCH change only the properties given; {@code emails} and
 * {@code phones}, when present, are complete lists (Gladly replaces them whole).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GladlyProfileWrite(String name, List<Email> emails, List<Phone> phones) {

    /** {@code primary} is sent only as {@code true}; Gladly's default is false. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Email(String original, Boolean primary) {
    }

    /** {@code original} is E.164, so no {@code regionCode} is sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Phone(String original, String type, Boolean primary, String extension, String smsPreference) {
    }

    /** Nothing to change: a PATCH would be pointless. */
    @JsonIgnore
    boolean isEmpty() {
        return name == null && emails == null && phones == null;
    }
}
