package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkReply.ok;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.switchboard.sandbox.gbtalk.GbTalkStore.User;

/**
 * The read functions of the "Users" section: get-user, get-users, search-users, get-agent, get-agents-ids and
 * get-online-users.
 */
final class GbTalkUserFunctions {

    /** get-users answers at most this many rows and skips {@code pagination} times as many. */
    static final int PAGE_SIZE = 100;

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
                new GbTalkFunction("get-online-users", List.of(), this::getOnlineUsers));
    }

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
