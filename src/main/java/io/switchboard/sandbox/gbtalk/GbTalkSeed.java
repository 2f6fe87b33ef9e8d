package io.switchboard.sandbox.gbtalk;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import io.switchboard.sandbox.gbtalk.GbTalkStore.Article;
import io.switchboard.sandbox.gbtalk.GbTalkStore.ArticleCategory;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Conversation;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Message;
import io.switchboard.sandbox.gbtalk.GbTalkStore.Note;
import io.switchboard.sandbox.gbtalk.GbTalkStore.SavedReply;
import io.switchboard.sandbox.gbtalk.GbTalkStore.User;
import io.switchboard.sandbox.gbtalk.GbTalkStore.UserDetail;

/**
 * The GB Talk sandbox's invented data, identical on every start (a fixed random seed and a fixed "now"):
 * <ul>
 * <li>6 agents and admins (users 1-6), 3 of them online;</li>
 * <li>240 customers (users 7-246) of types visitor, lead and user with location, country, browser and phone
 * details, a few online — so that get-users spans three pages of 100;</li>
 * <li>120 conversations (1001-1120) over all five status codes, each with 2-8 messages alternating between the
 * customer and one or two agents, some with attachments, a quarter with internal notes;</li>
 * <li>4 article categories, 10 articles with ratings, 5 saved replies.</li>
 * </ul>
 * Names and texts come from short lists combined by the random generator, rather than from literal rows.
 */
final class GbTalkSeed {

    /** The seed's "now"; every seeded time lies before it. UTC, like the product's database. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 9, 30, 0);

    static final String UPLOADS = "https://sandbox.gbtalk.test/script/uploads/";
    static final int AGENTS = 6;
    static final int CUSTOMERS = 240;
    static final int CONVERSATIONS = 120;
    static final long FIRST_CONVERSATION_ID = 1001;
    static final long FIRST_MESSAGE_ID = 5001;
    static final long FIRST_NOTE_ID = 40001;

    private static final long RANDOM_SEED = 20261102L;

    /** The status of the n-th conversation (by creation) is STATUS_CYCLE[n % 12]: 20 live, 20 waiting on the
     * user, 30 waiting on an agent, 40 archived, 10 in the trash. */
    private static final int[] STATUS_CYCLE = { 3, 0, 2, 1, 3, 2, 4, 3, 1, 2, 0, 3 };

    private static final String[][] STAFF = {
            { "Maya", "Okafor", "admin", "online" },
            { "Tomas", "Reyes", "admin", "offline" },
            { "Priya", "Natarajan", "agent", "online" },
            { "Lukas", "Brandt", "agent", "online" },
            { "Sofia", "Marchetti", "agent", "offline" },
            { "Owen", "Gallagher", "agent", "offline" },
    };

    private static final String[] FIRST_NAMES = { "Amara", "Ben", "Chloe", "Diego", "Elif", "Farah", "Gabriel",
            "Hana", "Ivan", "Julia", "Kenji", "Lena", "Mateo", "Nora", "Oscar", "Paula", "Quentin", "Rosa", "Samir",
            "Tessa", "Umar", "Vera", "Wesley", "Yara" };

    private static final String[] LAST_NAMES = { "Andersen", "Bianchi", "Costa", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Hughes", "Ibrahim", "Jansen", "Kowalski", "Lopez", "Moreau", "Nakamura", "O'Brien", "Petrov",
            "Quinn", "Rossi", "Schmidt", "Tanaka", "Uddin", "Varga", "Williams", "Zhang" };

    private static final String[] EMAIL_DOMAINS = { "example.com", "example.org", "example.net", "mail.example.com" };

    private record Place(String location, String countryCode, String phonePrefix) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("New York, United States", "US", "+1212"),
            new Place("San Francisco, United States", "US", "+1415"),
            new Place("Toronto, Canada", "CA", "+1416"),
            new Place("London, United Kingdom", "GB", "+4420"),
            new Place("Berlin, Germany", "DE", "+4930"),
            new Place("Madrid, Spain", "ES", "+3491"),
            new Place("Milan, Italy", "IT", "+3902"),
            new Place("Lagos, Nigeria", "NG", "+2341"),
            new Place("Sao Paulo, Brazil", "BR", "+5511"),
            new Place("Sydney, Australia", "AU", "+612"),
            new Place("Mumbai, India", "IN", "+9122"),
            new Place("Tokyo, Japan", "JP", "+813"));

    private static final String[] BROWSERS = { "Chrome", "Firefox", "Safari", "Edge" };
    private static final String[] SYSTEMS = { "Windows 11", "macOS", "iOS", "Android", "Linux" };
    private static final String[] PAGES = { "https://shop.example.com/", "https://shop.example.com/checkout",
            "https://shop.example.com/orders", "https://shop.example.com/help/returns",
            "https://shop.example.com/account" };

    /** Sources in the product's codes; null is the chat widget. */
    private static final String[] SOURCES = { null, null, null, "em", null, null, null, "wa", null, "tk" };

    /**
     * What a conversation is about: the customer's opening line, then alternating agent and customer lines, and
     * the files either side may attach.
     */
    private record Topic(String title, String opener, List<String> customerLines, List<String> agentLines,
            String customerFile, String agentFile) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("Where is my order?",
                    "Hi, I ordered a rain jacket last week and it still hasn't arrived.",
                    List.of("The tracking page says it was shipped on Monday.", "Can you check with the courier?",
                            "Great, thank you!"),
                    List.of("Hello! I'm sorry for the wait, let me look up your order.",
                            "The parcel is at the local depot and should be delivered tomorrow.",
                            "You're welcome! Is there anything else I can help with?"),
                    "order-confirmation.png", null),
            new Topic("Returning a damaged item",
                    "Hello, the mug I received is cracked. How do I return it?",
                    List.of("Here is a photo of the damage.", "OK, I'll drop it off at the post office.",
                            "Thanks for the quick help."),
                    List.of("Hi, I'm sorry to hear that! Could you send us a photo?",
                            "Thanks. I've attached a prepaid return label.",
                            "The refund follows as soon as the parcel reaches us."),
                    "damaged-mug.jpg", "return-label.pdf"),
            new Topic("Cannot log in",
                    "I can't log in to my account, it says my password is wrong.",
                    List.of("I already tried that twice.", "It works now!", "No, that's all."),
                    List.of("Hi! Please try the 'Forgot password' link on the login page.",
                            "I've unlocked your account after too many attempts, please try again.",
                            "Glad it works. Have a nice day!"),
                    "login-error.png", null),
            new Topic("Charged twice",
                    "Hi, my card was charged twice for the same order.",
                    List.of("Both charges are from yesterday.", "Here is my bank statement.",
                            "How long will the refund take?"),
                    List.of("Hello, thanks for reaching out. Let me check the payment records.",
                            "I can confirm the duplicate charge and have refunded it.",
                            "Refunds usually take 3 to 5 business days to show."),
                    "statement.pdf", "refund-receipt.pdf"),
            new Topic("Question about sizes",
                    "Does the Trail Runner shoe run small? I'm usually a 42.",
                    List.of("I have wide feet, if that matters.", "Perfect, I'll order a 43 then.", "Thanks!"),
                    List.of("Hi! The Trail Runner fits true to size for most customers.",
                            "For wide feet we recommend half a size up. Here is our size chart.",
                            "Enjoy your new shoes!"),
                    null, "size-chart.pdf"),
            new Topic("Cancel my subscription",
                    "I'd like to cancel my monthly subscription, please.",
                    List.of("I'm moving abroad.", "Yes, please cancel it at the end of the month.", "Thank you."),
                    List.of("Hello! I can help with that. May I ask why you are leaving?",
                            "Understood. Your subscription ends on the last day of this month.",
                            "Done. You'll receive a confirmation email shortly."),
                    null, null));

    private static final String[][] NOTES = {
            { "VIP customer", "Long-time customer, offer free express shipping if anything else goes wrong." },
            { "Courier claim", "Opened a claim with the courier, reference CL-20931. Follow up on Friday." },
            { "Refund approved", "Refund approved by finance; no need to wait for the return." },
            { "Possible fraud", "Billing and shipping country differ; checked with the customer, all fine." },
            { "Escalated", "Escalated to the product team because the size chart looks wrong." },
            { "Callback", "Customer prefers a phone call in the afternoon." },
    };

    private GbTalkSeed() {
    }

    static void populate(GbTalkStore store) {
        Random random = new Random(RANDOM_SEED);
        List<User> agents = agents(store, random);
        List<User> customers = customers(store, random);
        conversations(store, random, agents, customers);
        articles(store, random);
        savedReplies(store);
    }

    private static List<User> agents(GbTalkStore store, Random random) {
        List<User> agents = new ArrayList<>();
        for (int i = 0; i < STAFF.length; i++) {
            String[] staff = STAFF[i];
            long id = i + 1;
            boolean online = staff[3].equals("online");
            Place place = PLACES.get(i % PLACES.size());
            LocalDateTime created = NOW.minusDays(400 - 20L * i).plusMinutes(random.nextInt(600));
            User agent = new User(id, staff[0], staff[1],
                    (staff[0] + "." + staff[1]).toLowerCase(Locale.ROOT) + "@support.example.com",
                    UPLOADS + "agents/" + id + ".png", staff[2], created,
                    online ? NOW : NOW.minusHours(3 + 7L * i), null, token(random),
                    List.of(detail("location", place.location()), detail("country_code", place.countryCode())),
                    online);
            store.putUser(agent);
            agents.add(agent);
        }
        return agents;
    }

    private static List<User> customers(GbTalkStore store, Random random) {
        List<User> customers = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            long id = AGENTS + 1 + i;
            String type = switch (i % 5) {
                case 0, 2 -> "visitor";
                case 1 -> "lead";
                default -> "user";
            };
            // the newest visitors and users are on the site right now
            boolean online = i >= CUSTOMERS - 8 && !type.equals("lead");
            LocalDateTime created = NOW.minusDays(125).plusHours(12L * i).plusMinutes(random.nextInt(60))
                    .plusSeconds(random.nextInt(60));
            LocalDateTime lastActivity = online ? NOW : created.plusMinutes(5 + random.nextInt(600));
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            List<UserDetail> details = new ArrayList<>();
            details.add(detail("location", place.location()));
            details.add(detail("country_code", place.countryCode()));
            String firstName;
            String lastName;
            String email = null;
            String image = UPLOADS + "user.svg";
            if (type.equals("visitor")) {
                // the product names anonymous visitors "User #<number>"
                firstName = "User";
                lastName = "#" + (10000 + random.nextInt(90000));
                details.add(detail("browser", BROWSERS[random.nextInt(BROWSERS.length)]));
                details.add(detail("os", SYSTEMS[random.nextInt(SYSTEMS.length)]));
                details.add(detail("current_url", PAGES[random.nextInt(PAGES.length)]));
            } else {
                firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                if (type.equals("user") || random.nextBoolean()) {
                    email = email(firstName, lastName, id, random, emails);
                }
                if (random.nextInt(10) < (type.equals("user") ? 6 : 5)) {
                    details.add(detail("phone", place.phonePrefix() + (1000000 + random.nextInt(9000000))));
                }
                if (type.equals("user") && i % 3 == 0) {
                    image = UPLOADS + "avatars/" + id + ".jpg";
                }
                details.add(detail("browser", BROWSERS[random.nextInt(BROWSERS.length)]));
                details.add(detail("os", SYSTEMS[random.nextInt(SYSTEMS.length)]));
            }
            User customer = new User(id, firstName, lastName, email, image, type, created, lastActivity, null,
                    token(random), details, online);
            store.putUser(customer);
            customers.add(customer);
        }
        return customers;
    }

    private static void conversations(GbTalkStore store, Random random, List<User> agents, List<User> customers) {
        record Plan(User customer, LocalDateTime start) {
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            User customer = customers.get(random.nextInt(customers.size()));
            plans.add(new Plan(customer, customer.creationTime().plusMinutes(30 + random.nextInt(72 * 60))));
        }
        // ids grow with creation time, as an auto-increment column's would
        plans.sort(Comparator.comparing(Plan::start));

        Map<Long, LocalDateTime> lastSeen = new HashMap<>();
        long messageId = FIRST_MESSAGE_ID;
        long noteId = FIRST_NOTE_ID;
        for (int n = 0; n < plans.size(); n++) {
            Plan plan = plans.get(n);
            long conversationId = FIRST_CONVERSATION_ID + n;
            int status = STATUS_CYCLE[n % STATUS_CYCLE.length];
            Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
            String source = SOURCES[n % SOURCES.length];
            User assignee = n % 6 == 5 ? null : agents.get(random.nextInt(agents.size()));
            User firstAgent = assignee != null ? assignee : agents.get(2 + random.nextInt(agents.size() - 2));
            // every fifth conversation is handed over to a second agent after the first reply
            User secondAgent = n % 5 == 2 ? agents.get((agents.indexOf(firstAgent) + 1) % agents.size()) : firstAgent;
            String title = source != null && (source.equals("em") || source.equals("tk")) ? topic.title() : "";
            store.putConversation(new Conversation(conversationId, plan.customer().id(), title, status, plan.start(),
                    null, assignee == null ? null : assignee.id(), source));

            int count = messageCount(random, status);
            LocalDateTime time = plan.start().plusSeconds(1 + random.nextInt(20));
            for (int k = 0; k < count; k++) {
                boolean fromCustomer = k % 2 == 0;
                User author = fromCustomer ? plan.customer() : (k == 1 ? firstAgent : secondAgent);
                String text;
                String file;
                if (fromCustomer) {
                    List<String> lines = topic.customerLines();
                    text = k == 0 ? topic.opener() : lines.get((k / 2 - 1) % lines.size());
                    file = k == 2 ? topic.customerFile() : null;
                } else {
                    text = topic.agentLines().get((k / 2) % topic.agentLines().size());
                    file = k == 3 ? topic.agentFile() : null;
                }
                store.addMessage(new Message(messageId++, author.id(), conversationId, text, time,
                        file == null ? "" : attachment(file, time, random), 0, ""));
                if (fromCustomer) {
                    lastSeen.merge(author.id(), time, (a, b) -> a.isAfter(b) ? a : b);
                }
                time = time.plusMinutes(1 + random.nextInt(14)).plusSeconds(random.nextInt(60));
            }
            int notes = n % 8 == 0 ? 2 : n % 4 == 0 ? 1 : 0;
            for (int k = 0; k < notes; k++) {
                String[] note = NOTES[random.nextInt(NOTES.length)];
                User author = assignee != null ? assignee : agents.get(0);
                store.addNote(new Note(noteId++, conversationId, author.id(), note[0], note[1]));
            }
        }
        // a customer's last activity is never before their last message
        for (User customer : customers) {
            LocalDateTime seen = lastSeen.get(customer.id());
            if (seen != null && !customer.online() && seen.isAfter(customer.lastActivity())) {
                store.putUser(customer.withLastActivity(seen.plusMinutes(1)));
            }
        }
    }

    /**
     * 2 to 8 messages, the customer writing first; a conversation waiting for an agent ends with the customer, one
     * waiting for the user ends with an agent.
     */
    private static int messageCount(Random random, int status) {
        int count = 2 + random.nextInt(7);
        if (status == GbTalkConversationFunctions.WAITING_FOR_AGENT && count % 2 == 0) {
            count = count == 8 ? 7 : count + 1;
        } else if (status == 1 && count % 2 == 1) {
            count = count + 1;
        }
        return count;
    }

    private static void articles(GbTalkStore store, Random random) {
        List<ArticleCategory> categories = List.of(
                new ArticleCategory("Kq3Zt", "Orders and shipping"),
                new ArticleCategory("Rf8Lw", "Returns and refunds"),
                new ArticleCategory("Bx2Nm", "Account and security"),
                new ArticleCategory("Tp6Hs", "Payments"));
        categories.forEach(store::putCategory);
        String link = "https://help.example.com/articles/";
        List<Article> articles = List.of(
                new Article("6P2Oq", "How long does shipping take?",
                        "Orders placed before 2 pm ship the same business day. Standard delivery takes 3 to 5 business"
                                + " days within the country and 7 to 12 days abroad. Express delivery arrives the next"
                                + " business day.",
                        link + "shipping-times", List.of("Kq3Zt")),
                new Article("qf7kD", "Tracking your parcel",
                        "As soon as your order leaves our warehouse you receive an email with a tracking link. The"
                                + " link also appears under Orders in your account. Tracking can take up to 24 hours"
                                + " to show the first scan.",
                        link + "tracking", List.of("Kq3Zt")),
                new Article("Zr4Ye", "Changing the delivery address",
                        "You can change the delivery address until the order ships. Open the order in your account"
                                + " and choose Edit address, or write to us in the chat with your order number.",
                        link + "change-address", List.of("Kq3Zt", "Bx2Nm")),
                new Article("Mw9Ua", "How to return an item",
                        "Items can be returned within 30 days of delivery. Start a return from the order page, print"
                                + " the prepaid label and drop the parcel off at any post office. Damaged items are"
                                + " always returned free of charge.",
                        link + "returns", List.of("Rf8Lw")),
                new Article("Hc5Vi", "When will I get my refund?",
                        "Refunds go back to the original payment method within 5 business days of the return"
                                + " reaching us. Banks may take a few more days to show the amount on your statement.",
                        link + "refund-timing", List.of("Rf8Lw", "Tp6Hs")),
                new Article("Lx1Rb", "Resetting your password",
                        "Use the Forgot password link on the login page and follow the email we send you. The link is"
                                + " valid for one hour. After five failed attempts the account is locked for 15"
                                + " minutes.",
                        link + "reset-password", List.of("Bx2Nm")),
                new Article("Nd8Kc", "Two-step verification",
                        "Turn on two-step verification under Account > Security to protect your account with a code"
                                + " from an authenticator app in addition to your password.",
                        link + "two-step", List.of("Bx2Nm")),
                new Article("Ps3Gt", "Accepted payment methods",
                        "We accept Visa, Mastercard, American Express, PayPal and bank transfer. Gift cards can be"
                                + " combined with any other payment method at checkout.",
                        link + "payment-methods", List.of("Tp6Hs")),
                new Article("Wb7Qa", "Why was I charged twice?",
                        "A second charge is usually a pending authorisation that disappears within a few days. If"
                                + " both charges are final, contact us and we refund the duplicate immediately.",
                        link + "double-charge", List.of("Tp6Hs")),
                new Article("Ej2Fs", "Gift wrapping",
                        "Add gift wrapping at checkout for a small fee; prices are not shown on the packing slip.",
                        link + "gift-wrapping", List.of()));
        articles.forEach(store::putArticle);
        // every article but the last has been rated
        for (Article article : articles.subList(0, articles.size() - 1)) {
            int count = 1 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                store.addRating(article.id(), random.nextInt(4) == 0 ? -1 : 1);
            }
        }
    }

    private static void savedReplies(GbTalkStore store) {
        store.addSavedReply(new SavedReply("hello", "Hello! How can I help you today?"));
        store.addSavedReply(new SavedReply("email", "You can also reach us at support@example.com."));
        store.addSavedReply(new SavedReply("shipping-times",
                "Orders ship within 2 business days; delivery takes 3 to 5 business days."));
        store.addSavedReply(new SavedReply("refund-policy",
                "Refunds are issued to the original payment method within 5 business days of receiving the return."));
        store.addSavedReply(new SavedReply("goodbye", "Thanks for contacting us. Have a great day!"));
    }

    static UserDetail detail(String slug, String value) {
        String name = switch (slug) {
            case "location" -> "Location";
            case "country_code" -> "Country code";
            case "browser" -> "Browser";
            case "os" -> "OS";
            case "current_url" -> "Current URL";
            case "phone" -> "Phone";
            default -> slug;
        };
        return new UserDetail(slug, name, value);
    }

    private static String email(String firstName, String lastName, long id, Random random, Set<String> taken) {
        String local = (firstName + "." + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String domain = EMAIL_DOMAINS[random.nextInt(EMAIL_DOMAINS.length)];
        String email = local + "@" + domain;
        if (!taken.add(email)) {
            email = local + id + "@" + domain;
            taken.add(email);
        }
        return email;
    }

    /** A user's 40-hex-digit token, as the product generates them (never the configured admin token). */
    private static String token(Random random) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The attachments column for one file: {@code [["name","url"]]}, the url under the day's upload folder. */
    private static String attachment(String name, LocalDateTime time, Random random) {
        String extension = name.substring(name.lastIndexOf('.'));
        String url = UPLOADS + DateTimeFormatter.ofPattern("dd-MM-yy").format(time) + "/"
                + (1000000 + random.nextInt(9000000)) + extension;
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        return "[[\"" + new String(json.quoteAsString(name)) + "\",\"" + new String(json.quoteAsString(url)) + "\"]]";
    }
}
