package io.switchboard.vendor.gbtalk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.switchboard.domain.Attachment;
import io.switchboard.domain.CustomerType;
import io.switchboard.error.SwitchboardException;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;

/**
 * The arguments of GB Talk's write functions, built from Switchboard's drafts and changes. Plain functions: which
 * form field carries which value, how a name is split, how details and attachments are written as JSON inside the
 * form. An argument left out of a map is not sent, so GB Talk keeps (or defaults) that value.
 * <p>
 * GB Talk keeps one email address per user and phone numbers as the {@code phone} user detail, so more than one of
 * either cannot be written; and agents there have no status, active flag, login name or external id to set (those
 * are Blinger's and Gaglers' fields). Both are refused as bad input before any call, rather than dropped silently.
 */
final class GbTalkForms {

    /** The built-in user detail that holds a phone number, and its display name. */
    static final String PHONE = "phone";
    static final String PHONE_NAME = "Phone";

    /** What {@code update-user} takes to delete the email address. */
    static final String NO_EMAIL = "NULL";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GbTalkForms() {
    }

    // ------------------------------------------------------------------ agents

    /** {@code add-user} for a new agent; the name is split on its first space into first and last name. */
    static Map<String, String> newAgent(AgentDraft draft) {
        String[] name = splitName(draft.name());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user_type", "agent");
        form.put("first_name", name[0]);
        form.put("last_name", name[1]);
        putIfPresent(form, "email", draft.email());
        putIfPresent(form, "profile_image", draft.avatarUrl());
        putIfPresent(form, "password", draft.password());
        return form;
    }

    /** {@code update-user} arguments (without {@code user_id}) for the changes that are set. */
    static Map<String, String> agentChanges(AgentChanges changes) {
        Map<String, String> form = new LinkedHashMap<>();
        if (changes.name() != null) {
            String[] name = splitName(changes.name());
            form.put("first_name", name[0]);
            form.put("last_name", name[1]);
        }
        putIfPresent(form, "email", changes.email());
        putIfPresent(form, "profile_image", changes.avatarUrl());
        return form;
    }

    /** The draft's fields GB Talk has no place for; the first one found is the bad input. */
    static Optional<SwitchboardException> foreignFields(AgentDraft draft) {
        if (draft.status() != null) {
            return Optional.of(notGbTalk("status", "an agent's status (GB Talk shows whether an agent is online)"));
        }
        if (draft.active() != null) {
            return Optional.of(notGbTalk("active", "an active flag"));
        }
        if (draft.username() != null) {
            return Optional.of(notGbTalk("username", "a login name (its agents sign in with their email)"));
        }
        if (draft.gmailId() != null) {
            return Optional.of(notGbTalk("gmailId", "a Gmail id"));
        }
        if (draft.serviceUserId() != null) {
            return Optional.of(notGbTalk("serviceUserId", "a serviceUserId"));
        }
        return Optional.empty();
    }

    static Optional<SwitchboardException> foreignFields(AgentChanges changes) {
        if (changes.status() != null) {
            return Optional.of(notGbTalk("status", "an agent's status (GB Talk shows whether an agent is online)"));
        }
        if (changes.active() != null) {
            return Optional.of(notGbTalk("active", "an active flag"));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ customers

    /**
     * {@code add-user} for a new customer: the user type (USER unless the draft says otherwise), the names (the
     * first and last name given, else the name split on its first space; none at all lets GB Talk name the user
     * "User #..."), the email, and the phone as the {@code phone} detail in {@code extra}.
     */
    static Map<String, String> newCustomer(CustomerDraft draft) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user_type", userType(draft.type() == null ? CustomerType.USER : draft.type()));
        putNames(form, draft.name(), draft.firstName(), draft.lastName(), true);
        putIfPresent(form, "email", first(draft.emails()));
        String phone = first(draft.phones());
        if (phone != null) {
            form.put("extra", details(phone));
        }
        return form;
    }

    /**
     * {@code update-user} arguments (without {@code user_id}) for the changes that are set. An empty email list
     * deletes the email ({@code NULL}); an empty phone list writes an empty {@code phone} detail, which GB Talk shows
     * as no phone.
     */
    static Map<String, String> customerChanges(CustomerChanges changes) {
        Map<String, String> form = new LinkedHashMap<>();
        putNames(form, changes.name(), changes.firstName(), changes.lastName(), false);
        if (changes.emails() != null) {
            String email = first(changes.emails());
            form.put("email", email == null ? NO_EMAIL : email);
        }
        if (changes.phones() != null) {
            String phone = first(changes.phones());
            form.put("settings_extra", details(phone == null ? "" : phone));
        }
        return form;
    }

    /** More emails or phones than GB Talk keeps for one user. */
    static Optional<SwitchboardException> tooMany(List<String> emails, List<String> phones) {
        if (emails != null && emails.size() > 1) {
            return Optional.of(SwitchboardException.badInput(List.of("input", "emails"),
                    "GB Talk keeps one email address per customer"));
        }
        if (phones != null && phones.size() > 1) {
            return Optional.of(SwitchboardException.badInput(List.of("input", "phones"),
                    "GB Talk keeps one phone number per customer"));
        }
        return Optional.empty();
    }

    static String userType(CustomerType type) {
        return switch (type) {
            case VISITOR -> "visitor";
            case LEAD -> "lead";
            case USER -> "user";
        };
    }

    // ------------------------------------------------------------------ messages

    /** {@code attachments} of {@code send-message}: {@code [["name","link"], ...]} as JSON text. */
    static String attachments(List<Attachment> attachments) {
        ArrayNode array = JSON.createArrayNode();
        for (Attachment attachment : attachments) {
            array.addArray().add(attachment.name()).add(attachment.url());
        }
        return array.toString();
    }

    // ------------------------------------------------------------------ values

    /**
     * A name split on its first space into first and last name; the last name is empty when there is no space, so
     * that GB Talk does not add its own "#number" last name.
     */
    static String[] splitName(String name) {
        String trimmed = name == null ? "" : name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? new String[] { trimmed, "" }
                : new String[] { trimmed.substring(0, space), trimmed.substring(space + 1).trim() };
    }

    /** User details as GB Talk takes them: {@code {"phone": ["<value>", "Phone"]}}. */
    private static String details(String phone) {
        ObjectNode details = JSON.createObjectNode();
        details.putArray(PHONE).add(phone).add(PHONE_NAME);
        return details.toString();
    }

    /**
     * First and last name from explicit parts or a full name. On create, a customer with any name gets both fields
     * (an empty last name rather than GB Talk's "#number"); on update only the parts that change are sent.
     */
    private static void putNames(Map<String, String> form, String name, String firstName, String lastName,
            boolean create) {
        String[] split = name == null ? null : splitName(name);
        String first = firstName != null ? firstName : split == null ? null : split[0];
        String last = lastName != null ? lastName : split == null ? null : split[1];
        if (create && (first != null || last != null)) {
            form.put("first_name", first == null ? "" : first);
            form.put("last_name", last == null ? "" : last);
            return;
        }
        putIfPresent(form, "first_name", first);
        putIfPresent(form, "last_name", last);
    }

    private static SwitchboardException notGbTalk(String field, String what) {
        return SwitchboardException.badInput(List.of("input", field), "GB Talk agents have no " + what + " to set");
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void putIfPresent(Map<String, String> form, String key, String value) {
        if (value != null) {
            form.put(key, value);
        }
    }
}
