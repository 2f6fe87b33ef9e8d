package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkReply.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkReply.rejected;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.switchboard.sandbox.gbtalk.GbTalkStore.User;
import io.switchboard.sandbox.gbtalk.GbTalkStore.UserDetail;

/**
 * The functions of the "Users" section: reading (get-user, get-users, search-users, get-agent, get-agents-ids,
 * get-online-users, get-bot-id) and writing (add-user, update-user).
 * <p>
 * Writes behave as documented: add-user defaults the names to "User" and "#number", the type to visitor without an
 * email and user with one, refuses an unknown type ({@code invalid-user-type}) and an email another user has
 * ({@code duplicate-email}, compared without case), and answers the new id; {@code extra} and update-user's
 * {@code settings_extra} are {@code {"slug": ["value", "Name"]}}. Where the docs are silent: update-user of an
 * unknown user answers {@code user-not-found}, its {@code email=NULL} deletes the email, a detail written with an
 * empty value is deleted, and a password is accepted but kept nowhere (no read shows it). get-bot-id creates the
 * bot user the first time, as the product does.
 */
final class GbTalkUserFunctions {

    /** get-users answers at most this many rows and skips {@code pagination} times as many. */
    static final int PAGE_SIZE = 100;

    /** The user types add-user and update-user accept. */
    static final Set<String> USER_TYPES = Set.of("visitor", "lead", "user", "agent", "admin");

    private final GbTalkStore store;

    GbTalkUserFunctions(GbTalkStore store) {
        this.store = store;
    }

    List<GbTalkFunction> functions() {
        return List.of(
                new GbTalkFunction("get-user", List.of("user_id"), this::getUser),
                new GbTalkFunction("get-users", List.of(), this::getUsers),
                new GbTalkFunction("search-users", List.of("search"), this::searchUsers),
                new GbTalkFunction("get-agent", List.of("agent_id"), this::getAgent),
                new GbTalkFunction("get-agents-ids", List.of(), this::getAgentsIds),
                new GbTalkFunction("get-online-users", List.of(), this::getOnlineUsers),
                new GbTalkFunction("get-bot-id", List.of(), this::getBotId),
                new GbTalkFunction("add-user", List.of(), this::addUser),
                new GbTalkFunction("update-user", List.of("user_id"), this::updateUser));
    }

    // ------------------------------------------------------------------ writes

    private GbTalkReply addUser(GbTalkArgs args) {
        String email = args.text("email").map(String::trim).filter(e -> !e.isEmpty()).orElse(null);
        String type = args.text("user_type").map(String::trim).filter(t -> !t.isEmpty())
                .orElse(email == null ? "visitor" : "user");
        if (!USER_TYPES.contains(type)) {
            return rejected("invalid-user-type");
        }
        String firstName = args.text("first_name").orElse("User");
        String lastName = args.text("last_name").orElseGet(() -> "#" + (10000 + ThreadLocalRandom.current()
                .nextInt(90000)));
        String image = args.text("profile_image").filter(i -> !i.isBlank()).orElse(GbTalkSeed.UPLOADS + "user.svg");
        List<UserDetail> details = withDetails(List.of(), args.json("extra"));
        return store.atomically(() -> {
            if (email != null && emailTaken(email, -1)) {
                return rejected("duplicate-email");
            }
            long id = store.nextUserId();
            LocalDateTime now = store.now();
            store.putUser(new User(id, firstName, lastName, email, image, type, now, now, null, newToken(), details,
                    false));
            return ok(id);
        });
    }

    private GbTalkReply updateUser(GbTalkArgs args) {
        Optional<String> type = args.text("user_type").map(String::trim).filter(t -> !t.isEmpty());
        if (type.isPresent() && !USER_TYPES.contains(type.get())) {
            return rejected("invalid-user-type");
        }
        return store.atomically(() -> {
            Optional<User> found = find(args.number("user_id"));
            if (found.isEmpty()) {
                return rejected("user-not-found");
            }
            User user = found.get();
            String email = user.email();
            if (args.has("email")) {
                String value = args.text("email").orElse("").trim();
                email = value.isEmpty() || value.equals("NULL") ? null : value;
                if (email != null && emailTaken(email, user.id())) {
                    return rejected("duplicate-email");
                }
            }
            store.putUser(new User(user.id(), args.text("first_name").orElse(user.firstName()),
                    args.text("last_name").orElse(user.lastName()), email,
                    args.text("profile_image").orElse(user.profileImage()), type.orElse(user.userType()),
                    user.creationTime(), user.lastActivity(), user.department(), user.token(),
                    withDetails(user.details(), args.json("settings_extra")), user.online()));
            return ok(true);
        });
    }

    /** The bot's id; the bot user is created the first time it is asked for. */
    private GbTalkReply getBotId(GbTalkArgs args) {
        return ok(store.atomically(() -> store.users().stream()
                .filter(user -> "bot".equals(user.userType()))
                .findFirst()
                .orElseGet(() -> {
                    LocalDateTime now = store.now();
                    User bot = new User(store.nextUserId(), "Bot", "", null, GbTalkSeed.UPLOADS + "bot.svg", "bot",
                            now, now, null, newToken(), List.of(), false);
                    store.putUser(bot);
                    return bot;
                }).id()));
    }

    private boolean emailTaken(String email, long exceptUserId) {
        return store.users().stream()
                .anyMatch(user -> user.id() != exceptUserId && email.equalsIgnoreCase(user.email()));
    }

    /**
     * The details after writing {@code {"slug": ["value", "Name"], ...}} (or, leniently, {@code {"slug": "value"}}):
     * a slug already there gets the new value in its place, a new slug is added, an empty value deletes the detail.
     */
    static List<UserDetail> withDetails(List<UserDetail> current, Optional<JsonNode> written) {
        if (written.isEmpty() || !written.get().isObject()) {
            return current;
        }
        Map<String, UserDetail> details = new LinkedHashMap<>();
        current.forEach(detail -> details.put(detail.slug(), detail));
        Iterator<Map.Entry<String, JsonNode>> fields = written.get().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue().isArray() ? field.getValue().path(0) : field.getValue();
            String text = value.isValueNode() && !value.isNull() ? value.asText().trim() : "";
            if (text.isEmpty()) {
                details.remove(field.getKey());
                continue;
            }
            JsonNode name = field.getValue().path(1);
            UserDetail named = GbTalkSeed.detail(field.getKey(), text);
            details.put(field.getKey(), new UserDetail(field.getKey(),
                    name.isTextual() && !name.asText().isBlank() ? name.asText() : named.name(), text));
        }
        return new ArrayList<>(details.values());
    }

    /** A user's 40-hex-digit token, as the product generates them. */
    private static String newToken() {
        byte[] bytes = new byte[20];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    // ------------------------------------------------------------------ reads

    private GbTalkReply getUser(GbTalkArgs args) {
        boolean extra = args.flag("extra", false);
        return ok(find(args.number("user_id"))
                .<Object> map(user -> GbTalkRows.userProfile(user, extra))
                .orElse(false));
    }

    private GbTalkReply getAgent(GbTalkArgs args) {
        return ok(find(args.number("agent_id"))
                .filter(User::isAgent)
                .<Object> map(agent -> GbTalkRows.userProfile(agent, true))
                .orElse(false));
    }

    private GbTalkReply getUsers(GbTalkArgs args) {
        List<String> sorting = args.list("sorting").orElse(List.of());
        String column = sorting.isEmpty() ? "creation_time" : sorting.get(0);
        String direction = sorting.size() < 2 ? "DESC" : sorting.get(1).toUpperCase(Locale.ROOT);
        Optional<Comparator<User>> order = order(column, direction);
        if (order.isEmpty()) {
            // the product puts the column into its ORDER BY; MySQL's complaint comes back as the response
            return ok(sqlError(column, direction));
        }
        Predicate<User> filter = user -> true;
        Optional<List<String>> types = args.list("user_types").filter(list -> !list.isEmpty());
        if (types.isPresent()) {
            Set<String> wanted = Set.copyOf(types.get());
            filter = filter.and(user -> wanted.contains(user.userType()));
        }
        Optional<List<String>> ids = args.list("user_ids").filter(list -> !list.isEmpty());
        if (ids.isPresent()) {
            Set<Long> wanted = ids(ids.get());
            filter = filter.and(user -> wanted.contains(user.id()));
        }
        Optional<String> search = args.text("search").filter(s -> !s.isBlank());
        if (search.isPresent()) {
            String term = search.get();
            filter = filter.and(user -> matches(user, term, false));
        }
        Predicate<String> extra = extraSlugs(args);
        Function<User, Map<String, Object>> row = extra == null ? GbTalkRows::user
                : user -> GbTalkRows.userWithExtra(user, extra);
        return ok(store.users().stream()
                .filter(filter)
                .sorted(order.get())
                .skip((long) args.page("pagination") * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(row)
                .toList());
    }

    private GbTalkReply searchUsers(GbTalkArgs args) {
        String term = args.text("search").orElse("");
        return ok(store.users().stream()
                .filter(user -> matches(user, term, true))
                .sorted(order("creation_time", "DESC").orElseThrow())
                .map(GbTalkRows::user)
                .toList());
    }

    private GbTalkReply getAgentsIds(GbTalkArgs args) {
        boolean admins = args.flag("admins", true);
        return ok(store.users().stream()
                .filter(User::isAgent)
                .filter(user -> admins || !"admin".equals(user.userType()))
                .map(User::id)
                .toList());
    }

    private GbTalkReply getOnlineUsers(GbTalkArgs args) {
        String column = args.text("sorting").filter(s -> !s.isBlank()).orElse("creation_time");
        Optional<Comparator<User>> order = order(column, "DESC");
        if (order.isEmpty()) {
            return ok(sqlError(column, "DESC"));
        }
        Set<Long> excluded = ids(args.list("exclude_id").orElse(List.of()));
        boolean agentsOnly = args.flag("agents", false);
        return ok(store.users().stream()
                .filter(User::online)
                .filter(user -> !excluded.contains(user.id()))
                .filter(user -> !agentsOnly || user.isAgent())
                .sorted(order.get())
                .map(GbTalkRows::user)
                .toList());
    }

    private Optional<User> find(OptionalLong id) {
        return id.isPresent() ? store.user(id.getAsLong()) : Optional.empty();
    }

    /**
     * Which details get-users adds to its rows: null for none, every slug for {@code extra=true}, else the slugs
     * listed (a JSON array, or the comma-separated form the product also takes).
     */
    private static Predicate<String> extraSlugs(GbTalkArgs args) {
        Optional<String> extra = args.text("extra").map(String::trim);
        if (extra.isEmpty() || extra.get().isEmpty() || extra.get().equalsIgnoreCase("false")
                || extra.get().equals("0")) {
            return null;
        }
        if (GbTalkArgs.isTrue(extra.get())) {
            return slug -> true;
        }
        Set<String> slugs = Set.copyOf(args.list("extra").orElse(List.of()));
        return slugs::contains;
    }

    /** The users table's ORDER BY for a column the docs list; empty for any other column or direction. */
    static Optional<Comparator<User>> order(String column, String direction) {
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
            return Optional.empty();
        }
        Comparator<User> byColumn = switch (column) {
            case "first_name" -> text(User::firstName);
            case "last_name" -> text(User::lastName);
            case "email" -> text(User::email);
            case "profile_image" -> text(User::profileImage);
            case "user_type" -> text(User::userType);
            case "department" -> text(User::department);
            case "creation_time" -> time(User::creationTime);
            case "last_activity" -> time(User::lastActivity);
            default -> null;
        };
        if (byColumn == null) {
            return Optional.empty();
        }
        // ties broken by id so that pages never overlap; MySQL sorts NULL first ascending, last descending
        Comparator<User> ascending = byColumn.thenComparingLong(User::id);
        return Optional.of(direction.equals("ASC") ? ascending : ascending.reversed());
    }

    /** Case-insensitive substring search over names and email, and over detail values where the function does. */
    static boolean matches(User user, String term, boolean inDetails) {
        String needle = term.toLowerCase(Locale.ROOT);
        if (contains(user.firstName(), needle) || contains(user.lastName(), needle) || contains(user.email(), needle)
                || contains(user.firstName() + " " + user.lastName(), needle)) {
            return true;
        }
        return inDetails && user.details().stream().anyMatch(detail -> contains(detail.value(), needle));
    }

    static Set<Long> ids(List<String> values) {
        Set<Long> ids = new HashSet<>();
        values.forEach(value -> GbTalkArgs.parseLong(value).ifPresent(ids::add));
        return ids;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String sqlError(String column, String direction) {
        return direction.equals("ASC") || direction.equals("DESC")
                ? "Unknown column '" + column + "' in 'order clause'"
                : "You have an error in your SQL syntax near '" + direction + "'";
    }

    private static Comparator<User> text(Function<User, String> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
    }

    private static Comparator<User> time(Function<User, LocalDateTime> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
