package io.switchboard.sandbox.gladly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.switchboard.sandbox.gladly.GladlyJson.Agent;
import io.switchboard.sandbox.gladly.GladlyJson.Answer;
import io.switchboard.sandbox.gladly.GladlyJson.Attachment;
import io.switchboard.sandbox.gladly.GladlyJson.ChatMessage;
import io.switchboard.sandbox.gladly.GladlyJson.Communicator;
import io.switchboard.sandbox.gladly.GladlyJson.Content;
import io.switchboard.sandbox.gladly.GladlyJson.Conversation;
import io.switchboard.sandbox.gladly.GladlyJson.ConversationNote;
import io.switchboard.sandbox.gladly.GladlyJson.ConversationStatusChange;
import io.switchboard.sandbox.gladly.GladlyJson.CustomAttribute;
import io.switchboard.sandbox.gladly.GladlyJson.CustomerProfile;
import io.switchboard.sandbox.gladly.GladlyJson.Email;
import io.switchboard.sandbox.gladly.GladlyJson.EmailMessage;
import io.switchboard.sandbox.gladly.GladlyJson.Item;
import io.switchboard.sandbox.gladly.GladlyJson.Phone;
import io.switchboard.sandbox.gladly.GladlyJson.PhoneCall;
import io.switchboard.sandbox.gladly.GladlyJson.QuickReplyOption;
import io.switchboard.sandbox.gladly.GladlyJson.RecordingSummary;
import io.switchboard.sandbox.gladly.GladlyJson.SmsMessage;
import io.switchboard.sandbox.gladly.GladlyJson.Topic;
import io.switchboard.sandbox.gladly.GladlyJson.TopicChange;

/**
 * Invented data for the Gladly sandbox: "Trailhead Supply Co.", a small outdoor-gear shop with 8 agents, 40
 * customer profiles, about 180 conversations with 2 to 10 items each, 6 topics and 12 public answers (4 of them
 * also in Latin-American Spanish).
 * <p>
 * Everything is generated from short lists and a fixed random seed, so every start serves the same ids and texts.
 * A few fixtures have fixed ids because tests and demos need them by name: a customer with more conversations than
 * Gladly lists at once ({@link #BUSY_CUSTOMER_ID}), and a profile merged into another one
 * ({@link #MERGED_CUSTOMER_ID} -> {@link #MERGED_INTO_CUSTOMER_ID}).
 */
public final class GladlySeed {

    /** A wholesale buyer with 105 conversations: more than the 100 Gladly lists per customer. */
    public static final String BUSY_CUSTOMER_ID = "Bz7wQ4nRTc2mX9vK1pLs0A";
    /** A profile that was merged away; reading it answers 301 pointing at {@link #MERGED_INTO_CUSTOMER_ID}. */
    public static final String MERGED_CUSTOMER_ID = "Mx2kD8fJTa5wE3rN6yHq1g";
    public static final String MERGED_INTO_CUSTOMER_ID = "Pq4sV1bXRe8nC6tJ0mZw3A";
    /** The office line that several customers share (only mobile numbers are unique in Gladly). */
    public static final String SHARED_OFFICE_PHONE = "+12065550199";

    public static final String SUPPORT_EMAIL = "support@trailhead-supply.com";
    public static final String SUPPORT_NUMBER = "+15035550100";
    /** Gladly's AI, as it appears as the initiator of automated replies. */
    static final Communicator SIDEKICK = new Communicator("SIDEKICK_V2", "SYSTEM");

    static final int CUSTOMERS = 40;
    static final int BUSY_CUSTOMER_CONVERSATIONS = 105;

    private static final long RANDOM_SEED = 20240312L;
    private static final Instant EPOCH = Instant.parse("2023-03-06T09:00:00Z");
    private static final String ORDER_ATTRIBUTE_ID = "CaOrdrNmbr0aQ3zX9wPk2g";
    private static final Communicator TOPIC_RULE = new Communicator("RuAutoTopic7fK2mQ9xLw1", "AUTOMATION");

    private static final List<String> AGENT_NAMES = List.of("Lena Ortiz", "Marcus Bell", "Priya Natarajan",
            "Tomas Reyes", "Hannah Cho", "Seun Adeyemi", "Greta Lindqvist", "Dev Malhotra");
    private static final List<String> FIRST_NAMES = List.of("Priya", "Dana", "Marcus", "Elena", "Jonah", "Aisha",
            "Tobias", "Mei", "Rafael", "Nora", "Kwame", "Ingrid", "Luis", "Sofia", "Declan", "Hana", "Omar", "Chloe",
            "Viktor", "Amara");
    private static final List<String> LAST_NAMES = List.of("Raman", "Reyes", "Whitfield", "Okafor", "Lindgren",
            "Castillo", "Nakamura", "Brennan", "Haddad", "Kowalski", "Mensah", "Dubois", "Petrova", "Sato",
            "Gallagher", "Ferreira", "Novak", "Abara", "Holm", "Quintero");
    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net",
            "mail.example.com", "inbox.example.org");
    private static final List<String> AREA_CODES = List.of("503", "415", "212", "312", "206");
    private static final List<String> CITIES = List.of("Portland, OR 97205", "San Francisco, CA 94110",
            "New York, NY 10027", "Chicago, IL 60614", "Seattle, WA 98103");
    private static final List<String> STREETS = List.of("Alder Row", "Juniper St", "Cedar Ave", "Lakeview Dr",
            "Fir Crest Rd", "Mill Pond Ln");
    private static final List<String> TIERS = List.of("bronze", "silver", "gold", "platinum");

    private record TopicText(String name, int parent, boolean disabled) {
    }

    /** The topic tree; {@code parent} is the index of the parent topic, or -1. */
    private static final List<TopicText> TOPICS = List.of(
            new TopicText("Shipping delay", -1, false),
            new TopicText("Lost parcel", 0, false),
            new TopicText("Returns & exchanges", -1, false),
            new TopicText("Billing", -1, false),
            new TopicText("Product advice", -1, false),
            new TopicText("Holiday promo 2023", -1, true));

    private static final List<String> CUSTOMER_OPENERS = List.of(
            "Hi, my order %s still shows as processing. When will it ship?",
            "The tent from order %s arrived without its rain fly.",
            "I'd like to return the hiking boots from order %s, they run small.",
            "I was charged twice for order %s. Can you check?",
            "Which sleeping bag would you recommend for nights around 20F?",
            "Tracking for %s says delivered, but there is no package here.");
    private static final List<String> CUSTOMER_FOLLOW_UPS = List.of(
            "Thanks! Any update on this?",
            "That works for me.",
            "Here is a photo of the box as it arrived.",
            "Could you send me a return label instead?",
            "Great, thank you for the quick help!",
            "It still hasn't arrived, unfortunately.");
    private static final List<String> AGENT_REPLIES = List.of(
            "Thanks for reaching out! I'm looking into %s now.",
            "I've requested the missing part; it ships within 2 business days.",
            "I've emailed you a prepaid return label.",
            "I see the duplicate charge and have refunded it; please allow 3-5 days.",
            "The carrier shows a delay at the regional hub. I'll keep an eye on it for you.",
            "Happy to help! Is there anything else I can do?");
    private static final List<String> NOTES = List.of(
            "Customer prefers a callback after 5pm.",
            "Checked with the warehouse: back in stock on the 14th.",
            "Refund approved by the team lead.",
            "Carrier claim opened for %s.",
            "Offered 15%% off the next order as a goodwill gesture.");

    private record AnswerText(String name, String bodyHtml) {
    }

    /** The first four also exist in es-419 ({@link #SPANISH_ANSWERS}, in the same order). */
    private static final List<AnswerText> ANSWERS = List.of(
            new AnswerText("Return policy", "<p>Unused gear can be returned within <b>60 days</b> of delivery.</p>"),
            new AnswerText("Tracking your order", "<p>Use the tracking link in your shipping confirmation email, "
                    + "or open <a href=\"/account/orders\">your orders</a>.</p>"),
            new AnswerText("Shipping times and costs", "<p>Standard shipping takes 3-5 business days and is free "
                    + "over $75. Express shipping arrives in 1-2 business days.</p>"),
            new AnswerText("How to reset your password", "<div><a href=\"/reset-password\">Click here</a> to reset "
                    + "your password.</div>"),
            new AnswerText("Printing a return label", "<p>Open the order, choose <i>Return items</i> and print the "
                    + "prepaid return label.</p>"),
            new AnswerText("Changing or cancelling an order", "<p>Orders can be changed or cancelled within one "
                    + "hour of purchase.</p>"),
            new AnswerText("Warranty coverage for tents and packs", "<p>Tents and packs carry a lifetime warranty "
                    + "against defects in materials and workmanship.</p>"),
            new AnswerText("Choosing a sleeping bag temperature rating", "<p>Pick a bag rated about 10F below the "
                    + "coldest night you expect.</p>"),
            new AnswerText("Gift cards", "<p>Gift cards never expire and can be used online and in stores.</p>"),
            new AnswerText("Price adjustments", "<p>If an item drops in price within 14 days of purchase, we refund "
                    + "the difference.</p>"),
            new AnswerText("International shipping", "<p>We ship to Canada and Mexico; duties are paid on "
                    + "delivery.</p>"),
            new AnswerText("Caring for waterproof jackets", "<p>Wash on a gentle cycle and tumble dry on low heat to "
                    + "restore the water-repellent finish.</p>"));

    private static final List<AnswerText> SPANISH_ANSWERS = List.of(
            new AnswerText("Política de devoluciones", "<p>El equipo sin usar se puede devolver dentro de los "
                    + "<b>60 días</b> posteriores a la entrega.</p>"),
            new AnswerText("Rastrear tu pedido", "<p>Usa el enlace de rastreo del correo de confirmación de "
                    + "envío.</p>"),
            new AnswerText("Tiempos y costos de envío", "<p>El envío estándar tarda de 3 a 5 días hábiles.</p>"),
            new AnswerText("Cómo restablecer tu contraseña", "<div><a href=\"/reset-password\">Haz clic aquí</a> "
                    + "para restablecer tu contraseña.</div>"));

    private enum Channel {
        EMAIL,
        CHAT,
        SMS
    }

    private final GladlySandboxStore store;
    private final Random random = new Random(RANDOM_SEED);
    private final List<Agent> agents = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final Map<Channel, String> inboxes = new LinkedHashMap<>();

    private GladlySeed(GladlySandboxStore store) {
        this.store = store;
    }

    /** Fills an empty store. */
    static void plant(GladlySandboxStore store) {
        new GladlySeed(store).plantAll();
    }

    /** A Gladly-style id: 16 random bytes, base64url without padding (22 characters). */
    static String id(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void plantAll() {
        plantAgents();
        plantTopics();
        for (Channel channel : Channel.values()) {
            inboxes.put(channel, id(random));
        }
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerProfile customer = customer(i);
            store.putCustomer(customer);
            plantConversations(i, customer);
        }
        store.markMerged(MERGED_CUSTOMER_ID, MERGED_INTO_CUSTOMER_ID);
        plantAnswers();
    }

    private void plantAgents() {
        for (String name : AGENT_NAMES) {
            String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@trailhead-supply.com";
            Agent agent = new Agent(id(random), name, email);
            agents.add(agent);
            store.putAgent(agent);
        }
    }

    private void plantTopics() {
        for (TopicText text : TOPICS) {
            Topic topic = new Topic(id(random), text.name(), text.disabled(),
                    text.parent() < 0 ? null : topics.get(text.parent()).id());
            topics.add(topic);
            store.putTopic(topic);
        }
    }

    // ---------------------------------------------------------------- customers

    private CustomerProfile customer(int i) {
        String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
        String last = LAST_NAMES.get((7 * i + i / LAST_NAMES.size()) % LAST_NAMES.size());
        String slug = (first + "." + last).toLowerCase(Locale.ROOT);
        String id = switch (i) {
            case 0 -> MERGED_INTO_CUSTOMER_ID;
            case 1 -> BUSY_CUSTOMER_ID;
            default -> id(random);
        };
        boolean british = i % 8 == 4;
        String area = AREA_CODES.get(i % AREA_CODES.size());

        List<Email> emails = new ArrayList<>();
        if (i % 10 != 9) {
            String address = slug + "@" + EMAIL_DOMAINS.get(i % EMAIL_DOMAINS.size());
            // Gladly keeps what was typed and normalises to lower case
            String original = i % 7 == 0 ? first + "." + last + "@" + EMAIL_DOMAINS.get(i % EMAIL_DOMAINS.size())
                    : address;
            emails.add(new Email(original, address, true));
            if (i % 6 == 2) {
                emails.add(new Email(slug + "@work.example", slug + "@work.example", false));
            }
        }

        List<Phone> phones = new ArrayList<>();
        String sms = i % 11 == 7 ? "FORBIDDEN" : i % 5 == 3 ? "OFF" : "ON";
        if (british) {
            String national = "07700 900" + (100 + i);
            phones.add(new Phone(national, "+447700900" + (100 + i), null, "GB", true, sms, "MOBILE"));
        } else {
            String mobile = "+1" + area + "5550" + (101 + i);
            String original = i % 3 == 0 ? "(" + area + ") 555-0" + (101 + i) : mobile;
            phones.add(new Phone(original, mobile, null, i % 3 == 0 ? "US" : null, true, sms, "MOBILE"));
        }
        if (i % 4 == 2) {
            String home = "+1" + area + "5550" + (150 + i);
            phones.add(new Phone(home, home, null, null, false, null, "HOME"));
        }
        if (i % 13 == 5) {
            phones.add(new Phone(SHARED_OFFICE_PHONE, SHARED_OFFICE_PHONE, String.valueOf(200 + i), null, false,
                    null, "OFFICE"));
        }
        if (i == 11) {
            phones.add(new Phone("+13125550198", "+13125550198", null, null, false, null, null));
        }

        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("loyaltyTier", TIERS.get(i % TIERS.size()));
        attributes.put("memberNumber", "M-" + (55100 + 17 * i));
        if (i % 3 == 0) {
            attributes.put("lifetimeValue", String.format(Locale.ROOT, "%.2f", ((i + 1) * 7919 % 250_000) / 100.0));
        }
        if (i % 5 == 1) {
            attributes.put("preferredStore", CITIES.get(i % CITIES.size()).split(",")[0]);
        }

        Instant created = EPOCH.plus(Duration.ofDays(4L * i))
                .plus(Duration.ofMinutes(i * 37L % 600))
                .plusMillis(i * 137L % 1000);
        Instant updated = created.plus(Duration.ofDays(20 + i * 13L % 300)).plus(Duration.ofMinutes(i * 53L % 1440));

        return new CustomerProfile(
                id,
                first + " " + last,
                i % 3 == 2 ? null : "https://images.example.com/avatars/" + slug.replace('.', '-') + ".jpg",
                i % 2 == 1 ? null : british ? "21 Kestrel Road, Bristol BS7 8QJ"
                        : (12 + i * 37 % 900) + " " + STREETS.get(i % STREETS.size()) + ", "
                                + CITIES.get(i % CITIES.size()),
                emails.isEmpty() ? null : List.copyOf(emails),
                List.copyOf(phones),
                i % 10 == 3 ? "SHOP-" + (41000 + i) : null,
                i % 4 == 1 ? Map.of("app-7Hc2", "CRM-" + (99800 + i)) : null,
                attributes,
                GladlyJson.timestamp(created),
                GladlyJson.timestamp(updated));
    }

    // ---------------------------------------------------------------- conversations

    private void plantConversations(int i, CustomerProfile customer) {
        boolean busy = customer.id().equals(BUSY_CUSTOMER_ID);
        int count = busy ? BUSY_CUSTOMER_CONVERSATIONS : i * 3 % 5;
        Instant start = Instant.parse(customer.createdAt());
        for (int j = 0; j < count; j++) {
            boolean newest = j == count - 1;
            String status;
            if (busy) {
                status = newest ? "OPEN" : j == count - 2 ? "WAITING" : "CLOSED";
            } else {
                status = newest ? List.of("OPEN", "WAITING", "CLOSED").get(i % 3) : "CLOSED";
            }
            Channel channel = Channel.values()[(i + j) % Channel.values().length];
            if (channel == Channel.EMAIL && customer.emails() == null) {
                channel = Channel.CHAT;
            }
            String agentId = "OPEN".equals(status) && i % 4 == 0 ? null : agents.get((i + j) % agents.size()).id();
            Instant created = start.plus(Duration.ofDays((j + 1L) * (busy ? 6 : 23)))
                    .plus(Duration.ofMinutes(random.nextInt(600)))
                    .plusMillis(random.nextInt(1000));
            List<String> topicIds = pickTopics("CLOSED".equals(status) ? 1 + random.nextInt(2) : random.nextInt(2));
            String order = "ORD-" + (70000 + random.nextInt(30000));
            List<CustomAttribute> attributes = null;
            if (random.nextInt(3) == 0) {
                attributes = random.nextInt(4) == 0
                        ? List.of(new CustomAttribute(ORDER_ATTRIBUTE_ID, order),
                                new CustomAttribute(ORDER_ATTRIBUTE_ID, "ORD-" + (70000 + random.nextInt(30000))))
                        : List.of(new CustomAttribute(ORDER_ATTRIBUTE_ID, order));
            }
            String conversationId = id(random);
            Instant closedAt = plantItems(new Draft(conversationId, customer, agentId, channel, status, topicIds,
                    order), created);
            store.putConversation(new Conversation(conversationId, customer.id(), agentId, inboxes.get(channel),
                    status, topicIds, attributes, GladlyJson.timestamp(created),
                    closedAt == null ? null : GladlyJson.timestamp(closedAt)));
        }
    }

    private List<String> pickTopics(int count) {
        List<Topic> enabled = new ArrayList<>(topics.stream().filter(t -> !t.disabled()).toList());
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(enabled.remove(random.nextInt(enabled.size())).id());
        }
        return List.copyOf(picked);
    }

    /** What the item generator needs to know about a conversation. */
    private record Draft(String id, CustomerProfile customer, String agentId, Channel channel, String status,
            List<String> topicIds, String order) {

        String email() {
            return customer.emails().get(0).normalized();
        }

        String mobile() {
            return customer.phones().get(0).normalized();
        }
    }

    /**
     * Writes 2 to 10 items: alternating customer and agent messages, a topic change, perhaps notes, and a final
     * status change for a closed conversation. An OPEN conversation ends with the customer's message, a WAITING one
     * with the agent's, and a CLOSED one has both. Notes are added last although they happened in between, as when
     * an agent annotates an older message, so that the store must sort. Returns when the conversation was closed,
     * or null.
     */
    private Instant plantItems(Draft draft, Instant created) {
        boolean closed = "CLOSED".equals(draft.status());
        // a closed conversation got at least one answer before it was closed
        int total = Math.max(2 + random.nextInt(9), closed ? 3 : 2);
        int fixed = closed ? 1 : 0;
        boolean topicChange = !draft.topicIds().isEmpty() && total - fixed >= 3;
        if (topicChange) {
            fixed++;
        }
        int messages = total - fixed;
        int notes = 0;
        if (messages >= 4 && random.nextInt(3) == 0) {
            messages--;
            notes++;
        }
        // message k is the customer's when k is even, so the parity of the count decides who spoke last
        if ("WAITING".equals(draft.status()) && messages % 2 == 1) {
            if (messages > 1) {
                messages--;
                notes++;
            } else {
                messages++;
            }
        } else if ("OPEN".equals(draft.status()) && messages % 2 == 0) {
            messages--;
            notes++;
        }

        String sessionId = draft.channel() == Channel.CHAT ? id(random) : null;
        String subject = "Order " + draft.order();
        List<Instant> times = new ArrayList<>();
        Instant t = created;
        for (int k = 0; k < messages; k++) {
            times.add(t);
            boolean fromCustomer = k % 2 == 0;
            store.addItem(fromCustomer ? customerMessage(draft, k, t, sessionId, subject)
                    : agentMessage(draft, k, t, sessionId, subject));
            if (topicChange && (k == 1 || messages == 1)) {
                Communicator who = draft.agentId() == null ? TOPIC_RULE : agent(draft.agentId());
                store.addItem(item(draft, null, t.plusSeconds(30), who, null,
                        new TopicChange(draft.topicIds(), List.of())));
            }
            t = t.plus(Duration.ofMinutes(fromCustomer ? 3 + random.nextInt(90) : 5 + random.nextInt(600)))
                    .plusMillis(random.nextInt(1000));
        }
        Instant closedAt = null;
        if (closed) {
            closedAt = times.get(times.size() - 1).plus(Duration.ofHours(1 + random.nextInt(48)));
            store.addItem(item(draft, null, closedAt, agent(draft.agentId()), null,
                    new ConversationStatusChange("CLOSED")));
        }
        for (int n = 0; n < notes; n++) {
            Instant after = times.get(random.nextInt(times.size()));
            String author = draft.agentId() != null ? draft.agentId()
                    : agents.get(random.nextInt(agents.size())).id();
            store.addItem(item(draft, null, after.plus(Duration.ofMinutes(1 + random.nextInt(5))), agent(author),
                    null, new ConversationNote(String.format(NOTES.get(random.nextInt(NOTES.size())),
                            draft.order()))));
        }
        return closedAt;
    }

    private Item customerMessage(Draft draft, int k, Instant at, String sessionId, String subject) {
        String text = k == 0
                ? String.format(CUSTOMER_OPENERS.get(random.nextInt(CUSTOMER_OPENERS.size())), draft.order())
                : CUSTOMER_FOLLOW_UPS.get(random.nextInt(CUSTOMER_FOLLOW_UPS.size()));
        if (draft.channel() == Channel.SMS && k == 0 && random.nextInt(3) == 0) {
            // the SMS inbox also takes the shop's calls
            return phoneCall(draft, at);
        }
        Content content = switch (draft.channel()) {
            case CHAT -> ChatMessage.text(sessionId, text);
            case EMAIL -> new EmailMessage(draft.email(), List.of(SUPPORT_EMAIL), k == 0 ? subject : "Re: " + subject,
                    text, random.nextInt(4) == 0 ? List.of(new Attachment(id(random), "image/jpeg",
                            "box-photo-" + (k + 1) + ".jpg", 180_000 + random.nextInt(200_000))) : null);
            case SMS -> new SmsMessage(draft.mobile(), SUPPORT_NUMBER, text);
        };
        return item(draft, sessionId, at, new Communicator(draft.customer().id(), "CUSTOMER"), null, content);
    }

    private Item agentMessage(Draft draft, int k, Instant at, String sessionId, String subject) {
        if (draft.agentId() == null) {
            // unassigned: Gladly's AI answered
            Content content = draft.channel() == Channel.CHAT && k == 1
                    ? ChatMessage.quickReplyRequest(sessionId, "I can help with that. What is it about?",
                            List.of(new QuickReplyOption("order-status", "Order status"),
                                    new QuickReplyOption("returns", "Returns"),
                                    new QuickReplyOption("agent", "Talk to a person")))
                    : reply(draft, sessionId, subject, "Thanks, we got your message. A team member will reply soon.");
            return item(draft, sessionId, at, SIDEKICK, null, content);
        }
        String text = String.format(AGENT_REPLIES.get(random.nextInt(AGENT_REPLIES.size())), draft.order());
        return item(draft, sessionId, at, agent(draft.agentId()), null, reply(draft, sessionId, subject, text));
    }

    private static Content reply(Draft draft, String sessionId, String subject, String text) {
        return switch (draft.channel()) {
            case CHAT -> ChatMessage.text(sessionId, text);
            case EMAIL -> new EmailMessage(SUPPORT_EMAIL, List.of(draft.email()), "Re: " + subject, text, null);
            case SMS -> new SmsMessage(SUPPORT_NUMBER, draft.mobile(), text);
        };
    }

    /** An inbound call that an agent answered, with its recording and summary. */
    private Item phoneCall(Draft draft, Instant at) {
        String itemId = id(random);
        int seconds = 60 + random.nextInt(600);
        Instant answered = at.plusSeconds(5 + random.nextInt(40));
        PhoneCall call = new PhoneCall(draft.mobile(), SUPPORT_NUMBER, GladlyJson.timestamp(at),
                GladlyJson.timestamp(answered), GladlyJson.timestamp(answered.plusSeconds(seconds)), "AVAILABLE",
                "/api/v1/conversation-items/" + itemId + "/media/recording", seconds,
                new RecordingSummary("READY", "The customer asked about " + draft.order()
                        + "; the agent confirmed it ships tomorrow.", "en-us"));
        Communicator responder = draft.agentId() == null ? null : agent(draft.agentId());
        return new Item(itemId, draft.customer().id(), draft.id(), null, GladlyJson.timestamp(at),
                new Communicator(draft.customer().id(), "CUSTOMER"), responder, call);
    }

    private Item item(Draft draft, String sessionId, Instant at, Communicator initiator, Communicator responder,
            Content content) {
        return new Item(id(random), draft.customer().id(), draft.id(), sessionId, GladlyJson.timestamp(at),
                initiator, responder, content);
    }

    private static Communicator agent(String agentId) {
        return new Communicator(agentId, "AGENT");
    }

    // ---------------------------------------------------------------- answers

    private void plantAnswers() {
        Instant updated = Instant.parse("2024-05-02T14:05:00.000Z");
        List<String> ids = new ArrayList<>();
        for (AnswerText answer : ANSWERS) {
            String answerId = id(random);
            ids.add(answerId);
            updated = updated.plus(Duration.ofHours(29)).plusMillis(random.nextInt(1000));
            store.putAnswer(new Answer(answerId, answer.name(), answer.bodyHtml(), "en-us",
                    GladlyJson.timestamp(updated)));
        }
        for (int k = 0; k < SPANISH_ANSWERS.size(); k++) {
            AnswerText answer = SPANISH_ANSWERS.get(k);
            updated = updated.plus(Duration.ofHours(7)).plusMillis(random.nextInt(1000));
            store.putAnswer(new Answer(ids.get(k), answer.name(), answer.bodyHtml(), "es-419",
                    GladlyJson.timestamp(updated)));
        }
    }
}
