package io.switchboard.sandbox.gladly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.profile.IfBuildProfile;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.sandbox.gladly.GladlyJson.Agent;
import io.switchboard.sandbox.gladly.GladlyJson.ChatMessage;
import io.switchboard.sandbox.gladly.GladlyJson.Communicator;
import io.switchboard.sandbox.gladly.GladlyJson.Content;
import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.sandbox.gladly.GladlyJson.ConversationNote;
import io.switchboard.sandbox.gladly.GladlyJson.ConversationStatusChange;
import io.switchboard.sandbox.gladly.GladlyJson.CustomerProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Email;
import io.switchboard.sandbox.gladly.GladlyJson.EmailMessage;
import io.switchboard.sandbox.gladly.GladlyJson.Item;
import io.switchboard.sandbox.gladly.GladlyJson.Phone;
import io.switchboard.sandbox.gladly.GladlyJson.SmsMessage;
import io.switchboard.sandbox.gladly.GladlyJson.TextMessage;

/**
 * The Gladly sandbox's writes: customer profiles created and patched, conversations' status and assignee changed,
 * notes added, replies sent, SMS sent. Each validates the request the way Gladly documents it and then changes
 * {@link GladlySandboxStore}, under the store's lock, so that the next read shows the change. A refusal is a
 * {@link Refused} carrying Gladly's status and error entry.
 * <p>
 * Where Gladly's documentation leaves a rule open, the sandbox takes the lenient reading: every agent belongs to
 * every inbox, topics are not required before closing, an SMS may be sent from any E.164 number. The API user
 * (whose email is {@code switchboard.gladly.username}) is an agent in Gladly; if the seed has no agent with that
 * email, the sandbox adds one named "API User" at the first write that needs it.
 */
@Singleton
@IfBuildProfile(anyOf = { "dev", "test" })
public class GladlySandboxWrites {

    /** Item types a reply can take, and that a customer awaiting an answer last sent (with VOICEMAIL). */
    static final Set<String> REPLY_TYPES = Set.of("EMAIL", "CHAT_MESSAGE", "SMS", "FACEBOOK_MESSAGE",
            "INSTAGRAM_DIRECT", "WHATSAPP", "TWITTER");
    /** Gladly's limit on a reply's body; it does not say for which types, so the sandbox spares emails. */
    static final int MAX_REPLY_BODY = 2048;

    private static final Pattern URL_SAFE_ID = Pattern.compile("[A-Za-z0-9._~-]{1,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Set<String> PHONE_TYPES = Set.of("HOME", "MOBILE", "OFFICE");
    private static final Set<String> SMS_PREFERENCES = Set.of("ON", "OFF", "FORBIDDEN");
    /** Country calling codes of the regions the sandbox reads national numbers of. */
    private static final Map<String, String> REGIONS = Map.of("US", "1", "CA", "1", "GB", "44");

    /** Gladly's refusal of a write: the status and the one error entry of its body. */
    public static final class Refused extends RuntimeException {

        private final int status;
        private final GladlyJson.ErrorEntry error;

        Refused(int status, String attr, String code, String detail) {
            this(status, new GladlyJson.ErrorEntry(attr, code, detail, null));
        }

        Refused(int status, GladlyJson.ErrorEntry error) {
            super(error.detail(), null, false, false);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public GladlyJson.ErrorEntry error() {
            return error;
        }
    }

    private final GladlySandboxStore store;
    private final ObjectMapper json;
    /** Looked up per request, as the auth filter does: the API user is whoever the client is configured as. */
    private final Instance<SwitchboardConfig> config;

    public GladlySandboxWrites(GladlySandboxStore store, ObjectMapper json, Instance<SwitchboardConfig> config) {
        this.store = store;
        this.json = json;
        this.config = config;
    }

    // ---------------------------------------------------------------- customer profiles

    /** {@code POST /customer-profiles}: the new profile's id. */
    public String createCustomer(String body) {
        JsonNode request = object(body);
        synchronized (store) {
            String id = text(request, "id");
            if (id != null) {
                if (!URL_SAFE_ID.matcher(id).matches()) {
                    throw new Refused(400, "id", "invalid", "id must be URL safe and shorter than 50 characters");
                }
                if (store.customer(id).isPresent() || store.mergedInto(id).isPresent()) {
                    throw new Refused(409, new GladlyJson.ErrorEntry("id", "taken", "id has already been taken",
                            Map.of("id", id)));
                }
            } else {
                id = GladlySeed.id(ThreadLocalRandom.current());
            }
            List<Email> emails = request.has("emails") ? emails(request.get("emails"), id) : null;
            List<Phone> phones = request.has("phones") ? phones(request.get("phones"), id) : null;
            String now = now();
            store.putCustomer(new CustomerProfile(id, text(request, "name"), text(request, "image"),
                    text(request, "address"), empty(emails), empty(phones), null, null,
                    attributes(request.get("customAttributes"), Map.of()), now, now));
            return id;
        }
    }

    /**
     * {@code PATCH /customer-profiles/{id}}: the properties given replace the profile's, emails and phones as whole
     * lists; custom attributes given are merged into the profile's. A merged-away profile answers 404 with a
     * {@code moved} error naming the new id, which fits both of Gladly's descriptions (404, and "an error
     * specifying the new id").
     */
    public void updateCustomer(String customerId, String body) {
        JsonNode request = object(body);
        synchronized (store) {
            CustomerProfile current = store.customer(customerId).orElseThrow(() -> store.mergedInto(customerId)
                    .map(newId -> new Refused(404, new GladlyJson.ErrorEntry("customerId", "moved",
                            "customer id has changed", movedMeta(customerId, newId))))
                    .orElseGet(() -> new Refused(404, "customerId", "not_exist", "customer does not exist")));
            List<Email> emails = request.has("emails") ? empty(emails(request.get("emails"), customerId))
                    : current.emails();
            List<Phone> phones = request.has("phones") ? empty(phones(request.get("phones"), customerId))
                    : current.phones();
            store.putCustomer(new CustomerProfile(customerId,
                    request.has("name") ? text(request, "name") : current.name(),
                    request.has("image") ? text(request, "image") : current.image(),
                    request.has("address") ? text(request, "address") : current.address(),
                    emails, phones, current.externalCustomerId(), current.externalCustomerIds(),
                    attributes(request.get("customAttributes"), current.customAttributes()), current.createdAt(),
                    now()));
        }
    }

    private List<Email> emails(JsonNode emails, String ownerId) {
        if (!emails.isArray()) {
            throw new Refused(400, "emails", "invalid", "emails must be a list");
        }
        List<Email> read = new ArrayList<>();
        int primaries = 0;
        for (int i = 0; i < emails.size(); i++) {
            String attr = "emails[" + i + "].original";
            String original = text(emails.get(i), "original");
            if (original == null) {
                throw new Refused(400, attr, "blank", "original cannot be blank");
            }
            // Gladly keeps only the addr-spec of "Name <address>"
            int open = original.indexOf('<');
            int close = original.indexOf('>', open + 1);
            String address = open >= 0 && close > open ? original.substring(open + 1, close).trim() : original;
            if (!EMAIL.matcher(address).matches()) {
                throw new Refused(400, attr, "invalid", "original is not an email address");
            }
            String normalized = address.toLowerCase(Locale.ROOT);
            Optional<CustomerProfile> owner = store.customers().stream()
                    .filter(c -> !c.id().equals(ownerId) && c.emails() != null
                            && c.emails().stream().anyMatch(e -> normalized.equals(e.normalized())))
                    .findFirst();
            if (owner.isPresent()) {
                throw new Refused(409, "emails", "taken", "email address " + normalized
                        + " is already taken by another customer");
            }
            boolean primary = emails.get(i).path("primary").asBoolean(false);
            primaries += primary ? 1 : 0;
            read.add(new Email(address, normalized, primary ? Boolean.TRUE : null));
        }
        if (primaries > 1) {
            throw new Refused(400, "emails", "invalid", "at most one email can be primary");
        }
        return read;
    }

    private List<Phone> phones(JsonNode phones, String ownerId) {
        if (!phones.isArray()) {
            throw new Refused(400, "phones", "invalid", "phones must be a list");
        }
        List<Phone> read = new ArrayList<>();
        int primaries = 0;
        for (int i = 0; i < phones.size(); i++) {
            JsonNode phone = phones.get(i);
            String at = "phones[" + i + "].";
            String original = text(phone, "original");
            if (original == null) {
                throw new Refused(400, at + "original", "blank", "original cannot be blank");
            }
            String region = text(phone, "regionCode");
            String normalized = e164(original, region, at);
            String type = text(phone, "type");
            if (type != null && !PHONE_TYPES.contains(type)) {
                throw new Refused(400, at + "type", "invalid", "type must be HOME, MOBILE or OFFICE");
            }
            String sms = text(phone, "smsPreference");
            if (sms != null && !SMS_PREFERENCES.contains(sms)) {
                throw new Refused(400, at + "smsPreference", "invalid", "smsPreference must be ON, OFF or FORBIDDEN");
            }
            if ("MOBILE".equals(type) && mobileOwner(normalized).filter(id -> !id.equals(ownerId)).isPresent()) {
                throw new Refused(409, "phones", "taken", "mobile number " + normalized
                        + " is already taken by another customer");
            }
            boolean primary = phone.path("primary").asBoolean(false);
            primaries += primary ? 1 : 0;
            read.add(new Phone(original, normalized, text(phone, "extension"), region, primary ? Boolean.TRUE : null,
                    sms, type));
        }
        if (primaries > 1) {
            throw new Refused(400, "phones", "invalid", "at most one phone can be primary");
        }
        return read;
    }

    /**
     * E.164 from what was entered: a national number of {@code region}, or, without a region, E.164 already or a
     * US number, as Gladly reads numbers.
     */
    private static String e164(String original, String region, String at) {
        String digits = original.replaceAll("[^0-9]", "");
        String number;
        if (region != null) {
            String country = REGIONS.get(region.toUpperCase(Locale.ROOT));
            if (country == null) {
                throw new Refused(400, at + "regionCode", "invalid", "regionCode " + region + " is not supported");
            }
            String national = digits.startsWith("0") ? digits.substring(1)
                    : country.equals("1") && digits.length() == 11 && digits.startsWith("1") ? digits.substring(1)
                    : digits;
            number = "+" + country + national;
        } else if (original.trim().startsWith("+")) {
            number = "+" + digits;
        } else if (digits.length() == 10) {
            number = "+1" + digits;
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            number = "+" + digits;
        } else {
            number = null;
        }
        if (number == null || !number.matches("\\+[1-9][0-9]{6,14}")) {
            throw new Refused(400, at + "original", "invalid", "original is not a valid phone number");
        }
        return number;
    }

    /** Whose MOBILE phone this E.164 number is. */
    private Optional<String> mobileOwner(String normalized) {
        return store.customers().stream()
                .filter(c -> c.phones() != null && c.phones().stream()
                        .anyMatch(p -> "MOBILE".equals(p.type()) && normalized.equals(p.normalized())))
                .map(CustomerProfile::id)
                .findFirst();
    }

    private static Map<String, String> attributes(JsonNode given, Map<String, String> current) {
        if (given == null || given.isNull()) {
            return current == null || current.isEmpty() ? null : current;
        }
        if (!given.isObject()) {
            throw new Refused(400, "customAttributes", "invalid", "customAttributes must be an object");
        }
        Map<String, String> merged = new LinkedHashMap<>(current == null ? Map.of() : current);
        given.fields().forEachRemaining(field -> merged.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        return merged.isEmpty() ? null : merged;
    }

    // ---------------------------------------------------------------- conversations

    /**
     * {@code PATCH /conversations/{id}}: {@code assignee} (inbox required; the agent optional) and/or
     * {@code status} (OPEN or CLOSED; WAITING cannot be set). Everything is checked before anything changes.
     * Closing a conversation whose customer's message is the last needs {@code force}, as in Gladly; a status
     * change is recorded as a {@code CONVERSATION_STATUS_CHANGE} item by the API user.
     */
    public void updateConversation(String conversationId, String body) {
        JsonNode request = object(body);
        synchronized (store) {
            Conversation conversation = conversation(conversationId);
            JsonNode assignee = request.get("assignee");
            JsonNode status = request.get("status");
            if ((assignee == null || assignee.isNull()) && (status == null || status.isNull())) {
                throw new Refused(400, null, "blank", "assignee or status is required");
            }
            String inboxId = conversation.inboxId();
            String agentId = conversation.agentId();
            if (assignee != null && !assignee.isNull()) {
                inboxId = text(assignee, "inboxId");
                if (inboxId == null) {
                    throw new Refused(400, "assignee.inboxId", "blank",
                            "'inboxId' cannot be blank when updating assignee");
                }
                if (!store.inboxIds().contains(inboxId)) {
                    throw new Refused(400, "assignee.inboxId", "invalid", "inbox does not exist");
                }
                agentId = text(assignee, "agentId");
                if (agentId != null && store.agent(agentId).isEmpty()) {
                    throw new Refused(400, "assignee.agentId", "invalid", "agent does not exist");
                }
                if ("CLOSED".equals(conversation.status())) {
                    throw new Refused(400, "assignee", "invalid_state", "closed conversation cannot be reassigned");
                }
            }
            String newStatus = conversation.status();
            String closedAt = conversation.closedAt();
            Item change = null;
            if (status != null && !status.isNull()) {
                String value = text(status, "value");
                if (value == null) {
                    throw new Refused(400, "status.value", "blank", "'value' cannot be blank when updating status");
                }
                if (!"OPEN".equals(value) && !"CLOSED".equals(value)) {
                    throw new Refused(400, "status.value", "invalid", "status can only be set to OPEN or CLOSED");
                }
                if ("CLOSED".equals(value) && !"CLOSED".equals(conversation.status())
                        && !status.path("force").asBoolean(false) && customerAwaitsAnswer(conversationId)) {
                    throw new Refused(400, "status", "invalid_state", "cannot close conversation, customer waiting "
                            + "for response, set 'status.force' to true to override");
                }
                if (!value.equals(conversation.status())) {
                    String now = now();
                    newStatus = value;
                    closedAt = "CLOSED".equals(value) ? now : null;
                    change = new Item(GladlySeed.id(ThreadLocalRandom.current()), conversation.customerId(),
                            conversationId, null, now, apiUser("AGENT"), null, new ConversationStatusChange(value));
                }
            }
            store.putConversation(new Conversation(conversationId, conversation.customerId(), agentId, inboxId,
                    newStatus, conversation.topicIds(), conversation.customAttributes(), conversation.createdAt(),
                    closedAt));
            if (change != null) {
                store.addItem(change);
            }
        }
    }

    /** Whether the last message of the conversation came from the customer. */
    private boolean customerAwaitsAnswer(String conversationId) {
        List<Item> timeline = store.timeline(conversationId);
        for (int i = timeline.size() - 1; i >= 0; i--) {
            Item item = timeline.get(i);
            String type = item.content().type();
            if (REPLY_TYPES.contains(type) || "VOICEMAIL".equals(type) || "PHONE_CALL".equals(type)) {
                return item.initiator() != null && "CUSTOMER".equals(item.initiator().type())
                        && !"PHONE_CALL".equals(type);
            }
        }
        return false;
    }

    /**
     * {@code POST /conversations/{id}/notes}: the new note's id. Takes {@code {"content":{"body":…}}} as in
     * Gladly's example, and the top-level {@code body} its schema names.
     */
    public String addNote(String conversationId, String body) {
        JsonNode request = object(body);
        synchronized (store) {
            Conversation conversation = conversation(conversationId);
            String text = request.has("content") ? body(request.get("content"), "body") : body(request, "body");
            if (text == null) {
                throw new Refused(400, "content.body", "blank", "body cannot be blank");
            }
            String id = GladlySeed.id(ThreadLocalRandom.current());
            store.addItem(new Item(id, conversation.customerId(), conversationId, null, now(), apiUser("AGENT"),
                    null, new ConversationNote(text)));
            return id;
        }
    }

    /**
     * {@code POST /conversation-items/{itemId}/reply}: the new item's id. Only customer messages of conversations
     * that are not closed take a reply; the reply goes out in the type asked for, from the organization's address
     * or number the customer wrote to. An unassigned conversation is assigned to the API user, as in Gladly.
     */
    public String reply(String itemId, String body) {
        JsonNode request = object(body);
        synchronized (store) {
            Item item = store.item(itemId)
                    .orElseThrow(() -> new Refused(404, "itemId", "not_exist", "conversation item does not exist"));
            JsonNode content = request.path("content");
            String type = text(content, "type");
            if (type == null) {
                throw new Refused(400, "content.type", "blank", "type cannot be blank");
            }
            if (!REPLY_TYPES.contains(type)) {
                throw new Refused(400, "content.type", "invalid", "type [" + type + "] is not supported");
            }
            String text = body(content, "body");
            if (text == null) {
                throw new Refused(400, "content.body", "blank", "body cannot be blank");
            }
            if (!"EMAIL".equals(type) && text.length() > MAX_REPLY_BODY) {
                throw new Refused(400, "content.body", "too_long",
                        "cannot be larger than " + MAX_REPLY_BODY + " characters");
            }
            if (item.initiator() == null || !"CUSTOMER".equals(item.initiator().type())
                    || !REPLY_TYPES.contains(item.content().type())) {
                throw new Refused(400, "itemId", "invalid", "you can only reply to customer messages");
            }
            Conversation conversation = item.conversationId() == null ? null
                    : store.conversation(item.conversationId()).orElse(null);
            if (conversation == null) {
                throw new Refused(400, "itemId", "invalid", "you can only reply to items in conversations");
            }
            if ("CLOSED".equals(conversation.status())) {
                throw new Refused(400, "itemId", "invalid", "you cannot reply to items in closed conversations");
            }
            CustomerProfile customer = store.customer(conversation.customerId()).orElse(null);
            String id = GladlySeed.id(ThreadLocalRandom.current());
            Communicator apiUser = apiUser("AGENT");
            store.addItem(new Item(id, conversation.customerId(), conversation.id(), item.sessionId(), now(),
                    apiUser, null, replyContent(type, "EMAIL".equals(type) ? plain(content, text) : text, item,
                            customer)));
            if (conversation.agentId() == null) {
                store.putConversation(new Conversation(conversation.id(), conversation.customerId(), apiUser.id(),
                        conversation.inboxId(), conversation.status(), conversation.topicIds(),
                        conversation.customAttributes(), conversation.createdAt(), conversation.closedAt()));
            }
            return id;
        }
    }

    /** An email's text as the item keeps it: {@code bodyPlain} when given, else the HTML body's text. */
    private static String plain(JsonNode content, String html) {
        String plain = body(content, "bodyPlain");
        return plain != null ? plain : html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static Content replyContent(String type, String text, Item repliedTo, CustomerProfile customer) {
        Content original = repliedTo.content();
        return switch (type) {
            case "CHAT_MESSAGE" -> ChatMessage.text(repliedTo.sessionId(), text);
            case "EMAIL" -> emailReply(original instanceof EmailMessage email ? email : null, text, customer);
            case "SMS" -> original instanceof SmsMessage sms
                    ? new SmsMessage(sms.to(), sms.from(), text)
                    : new SmsMessage(GladlySeed.SUPPORT_NUMBER, firstPhone(customer), text);
            default -> new TextMessage(type, text);
        };
    }

    /** From the address the customer wrote to, to the customer's address, under the same subject. */
    private static EmailMessage emailReply(EmailMessage repliedTo, String text, CustomerProfile customer) {
        if (repliedTo == null) {
            return new EmailMessage(GladlySeed.SUPPORT_EMAIL, listOf(firstEmail(customer)), "Re: your message", text,
                    null);
        }
        String from = repliedTo.to() == null || repliedTo.to().isEmpty() ? GladlySeed.SUPPORT_EMAIL
                : repliedTo.to().get(0);
        String subject = repliedTo.subject() == null ? "your message" : repliedTo.subject();
        return new EmailMessage(from, listOf(repliedTo.from()), subject.startsWith("Re: ") ? subject
                : "Re: " + subject, text, null);
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String firstEmail(CustomerProfile customer) {
        return customer == null || customer.emails() == null || customer.emails().isEmpty() ? null
                : customer.emails().get(0).normalized();
    }

    private static String firstPhone(CustomerProfile customer) {
        return customer == null || customer.phones() == null || customer.phones().isEmpty() ? null
                : customer.phones().get(0).normalized();
    }

    private Conversation conversation(String conversationId) {
        return store.conversation(conversationId).orElseThrow(
                () -> new Refused(404, "conversationId", "not_exist", "conversation does not exist"));
    }

    // ---------------------------------------------------------------- communications

    /** What {@code POST /communications/sms} answers. */
    public record SmsSent(String customerId, String conversationItemId) {
    }

    /**
     * {@code POST /communications/sms}: the SMS goes to the profile whose mobile number it is, or to a new profile
     * with that number, as an item that belongs to no conversation (Gladly calls it non-routable).
     */
    public SmsSent sendSms(String body) {
        JsonNode request = object(body);
        String mobile = text(request.path("customer"), "mobileNumber");
        String from = text(request, "from");
        String text = body(request, "body");
        if (mobile == null) {
            throw new Refused(400, "customer.mobileNumber", "blank", "mobileNumber cannot be blank");
        }
        if (!mobile.matches("\\+[1-9][0-9]{6,14}")) {
            throw new Refused(400, "customer.mobileNumber", "invalid", "mobileNumber must be in E.164 format");
        }
        if (from == null) {
            throw new Refused(400, "from", "blank", "from cannot be blank");
        }
        if (!from.matches("\\+[1-9][0-9]{6,14}")) {
            throw new Refused(400, "from", "invalid", "from must be in E.164 format");
        }
        if (text == null) {
            throw new Refused(400, "body", "blank", "body cannot be blank");
        }
        synchronized (store) {
            String customerId = mobileOwner(mobile).orElse(null);
            String now = now();
            if (customerId == null) {
                customerId = GladlySeed.id(ThreadLocalRandom.current());
                store.putCustomer(new CustomerProfile(customerId, null, null, null, null,
                        List.of(new Phone(mobile, mobile, null, null, Boolean.TRUE, null, "MOBILE")), null, null,
                        null, now, now));
            }
            String itemId = GladlySeed.id(ThreadLocalRandom.current());
            store.addItem(new Item(itemId, customerId, null, null, now, apiUser("API"), null,
                    new SmsMessage(from, mobile, text)));
            return new SmsSent(customerId, itemId);
        }
    }

    // ---------------------------------------------------------------- plumbing

    /**
     * The API user as an item's initiator: the agent logging in with {@code switchboard.gladly.username}, added
     * as "API User" when the seed has none.
     */
    private Communicator apiUser(String type) {
        String email = config.get().gladly().username().orElse("api-user@sandbox.invalid");
        Agent agent = store.agentByEmail(email).orElseGet(() -> {
            Agent added = new Agent(stableId(email), "API User", email);
            store.putAgent(added);
            return added;
        });
        return new Communicator(agent.id(), type);
    }

    /** A Gladly-style id that is the same for the same email on every start. */
    private static String stableId(String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private JsonNode object(String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JacksonException e) {
            throw new Refused(400, null, "invalid", "the request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Refused(400, null, "invalid", "the request body must be a JSON object");
        }
        return node;
    }

    /** A text field as sent (message text keeps its spacing); null when absent, null or blank. */
    private static String body(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            return null;
        }
        return value.asText();
    }

    /** A text field, trimmed; null when absent, null or blank. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }

    private static <T> List<T> empty(List<T> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }

    private static Map<String, String> movedMeta(String oldId, String newId) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("old", oldId);
        meta.put("new", newId);
        return meta;
    }

    private static String now() {
        return GladlyJson.timestamp(Instant.now());
    }
}
