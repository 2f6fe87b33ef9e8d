package io.switchboard.vendor.gladly;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;

/**
 * The decisions behind Gladly writes, as plain functions: what a profile body holds, which item a message replies
 * to, how a reply's text is sent, where a created object's id is found.
 */
final class GladlyWrites {

    /**
     * Phones Switchboard adds are sent as MOBILE: the contract's phones are E.164 numbers to reach the customer at,
     * and only a MOBILE number is unique in Gladly, so Gladly refuses (409) a number another profile already owns
     * instead of creating a second profile for one person, and SMS to it find this profile.
     */
    static final String NEW_PHONE_TYPE = "MOBILE";

    /** Item types Gladly takes a reply to (calls, voicemails, voice-AI items and notes are no such items). */
    static final Set<String> REPLYABLE = Set.of("EMAIL", "CHAT_MESSAGE", "SMS", "FACEBOOK_MESSAGE",
            "INSTAGRAM_DIRECT", "WHATSAPP", "TWITTER");

    private GladlyWrites() {
    }

    /**
     * A new profile: {@code name}, else first and last name joined; every email with the first as primary; every
     * phone as {@value #NEW_PHONE_TYPE}, the first primary. No id is sent: Gladly makes one.
     */
    static GladlyProfileWrite newProfile(CustomerDraft draft) {
        return new GladlyProfileWrite(name(draft.name(), draft.firstName(), draft.lastName()),
                nullIfEmpty(emails(draft.emails())), nullIfEmpty(phones(draft.phones(), null)));
    }

    /**
     * Whether {@link #changes} needs the profile as Gladly holds it: to keep the half of the name that is not
     * changed, and to keep the settings (type, extension, SMS preference) of the phones that stay.
     */
    static boolean needsCurrentProfile(CustomerChanges changes) {
        boolean halfName = changes.name() == null && (changes.firstName() == null) != (changes.lastName() == null);
        return halfName || changes.phones() != null;
    }

    /**
     * Only what changes: a {@code name} given wins over first and last name; one of first and last name replaces
     * that half of the current name (split at its first space, as Switchboard reads it). Emails and phones given
     * replace the lists whole; a phone the profile already has keeps its type, extension and SMS preference (an
     * opt-out must not be lost by re-sending the list), a new one is {@value #NEW_PHONE_TYPE}.
     *
     * @param current the profile as Gladly holds it; needed only when {@link #needsCurrentProfile} says so
     */
    static GladlyProfileWrite changes(CustomerChanges changes, GladlyCustomerProfile current) {
        String name = changes.name();
        if (name == null && (changes.firstName() != null || changes.lastName() != null)) {
            String[] now = current == null ? new String[2] : GladlyMapper.splitName(current.name());
            name = name(null, changes.firstName() != null ? changes.firstName() : now[0],
                    changes.lastName() != null ? changes.lastName() : now[1]);
        }
        return new GladlyProfileWrite(name, changes.emails() == null ? null : emails(changes.emails()),
                changes.phones() == null ? null : phones(changes.phones(), current));
    }

    /**
     * The item a message replies to: the last one a customer sent in a channel Gladly replies in. Items come
     * oldest first.
     */
    static Optional<GladlyConversationItem> replyTarget(List<GladlyConversationItem> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            GladlyConversationItem item = items.get(i);
            if (item.initiator() != null && "CUSTOMER".equalsIgnoreCase(item.initiator().type())
                    && item.content() != null && REPLYABLE.contains(item.content().type())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * A reply of the same type as the item replied to. Switchboard's message text is plain: an EMAIL reply, whose
     * {@code body} Gladly reads as HTML, gets it escaped with line breaks kept, and the text as {@code bodyPlain}.
     */
    static GladlyReplyWrite reply(String type, String text) {
        if ("EMAIL".equals(type)) {
            return new GladlyReplyWrite(new GladlyReplyWrite.Content(type, html(text), text));
        }
        return new GladlyReplyWrite(new GladlyReplyWrite.Content(type, text, null));
    }

    /** Plain text as HTML: the five special characters escaped, line breaks as {@code <br>}. */
    static String html(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\r' -> {
                    // a CRLF is one break, written at its LF
                }
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * The id at the end of a {@code Location} Gladly answered a create with ({@code /api/v1/customer-profiles/abc},
     * root-relative, or absolute), or null when there is none to read.
     */
    static String idFromLocation(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String path;
        try {
            path = URI.create(location.trim()).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isEmpty() ? null : URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String name(String name, String firstName, String lastName) {
        if (name != null) {
            return name;
        }
        String joined = Stream.of(firstName, lastName)
                .filter(Objects::nonNull)
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    private static <T> List<T> nullIfEmpty(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }

    private static List<GladlyProfileWrite.Email> emails(List<String> emails) {
        if (emails == null || emails.isEmpty()) {
            return emails == null ? null : List.of();
        }
        List<GladlyProfileWrite.Email> out = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            out.add(new GladlyProfileWrite.Email(emails.get(i), i == 0 ? Boolean.TRUE : null));
        }
        return out;
    }

    private static List<GladlyProfileWrite.Phone> phones(List<String> phones, GladlyCustomerProfile current) {
        if (phones == null || phones.isEmpty()) {
            return phones == null ? null : List.of();
        }
        List<GladlyProfileWrite.Phone> out = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            String number = phones.get(i);
            Boolean primary = i == 0 ? Boolean.TRUE : null;
            GladlyCustomerProfile.Phone kept = existing(current, number);
            out.add(kept == null
                    ? new GladlyProfileWrite.Phone(number, NEW_PHONE_TYPE, primary, null, null)
                    : new GladlyProfileWrite.Phone(number, kept.type(), primary, kept.extension(),
                            kept.smsPreference()));
        }
        return out;
    }

    /** The profile's phone with this E.164 number (as Gladly normalised it, or as entered in E.164), or null. */
    private static GladlyCustomerProfile.Phone existing(GladlyCustomerProfile current, String number) {
        if (current == null || current.phones() == null) {
            return null;
        }
        String wanted = number.trim();
        for (GladlyCustomerProfile.Phone phone : current.phones()) {
            if (phone == null) {
                continue;
            }
            String normalized = phone.normalized() != null ? phone.normalized()
                    : phone.original() != null && phone.original().startsWith("+")
                            ? GladlyAdapter.e164(phone.original()) : null;
            if (wanted.equals(normalized)) {
                return phone;
            }
        }
        return null;
    }
}
