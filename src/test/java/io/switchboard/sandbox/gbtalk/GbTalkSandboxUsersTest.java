package io.switchboard.sandbox.gbtalk;

import static io.switchboard.sandbox.gbtalk.GbTalkApi.USER_KEYS;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertKeys;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertStrings;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.assertTime;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.column;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.object;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.ok;
import static io.switchboard.sandbox.gbtalk.GbTalkApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/** The sandbox's user functions: get-user, get-users, search-users, get-agent, get-agents-ids, get-online-users. */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class GbTalkSandboxUsersTest extends GbTalkSandboxTestSupport {

    private static final int ALL_USERS = GbTalkSeed.AGENTS + GbTalkSeed.CUSTOMERS;

    @Test
    void getUsersPagesByHundredRowsFromPageZero() {
        List<Map<String, Object>> first = rows("get-users");
        List<Map<String, Object>> page0 = rows("get-users", "pagination", "0");
        List<Map<String, Object>> page1 = rows("get-users", "pagination", "1");
        List<Map<String, Object>> page2 = rows("get-users", "pagination", "2");
        List<Map<String, Object>> page3 = rows("get-users", "pagination", "3");

        assertEquals(column(page0, "id"), column(first, "id"), "no pagination is page 0");
        assertEquals(100, page0.size());
        assertEquals(100, page1.size());
        assertTrue(page2.size() > 0 && page2.size() < 100, "page 2 is short: " + page2.size());
        assertTrue(page3.isEmpty());

        List<Map<String, Object>> all = new ArrayList<>(page0);
        all.addAll(page1);
        all.addAll(page2);
        assertEquals(ALL_USERS, all.size());
        assertEquals(ALL_USERS, new HashSet<>(column(all, "id")).size(), "pages overlap");
        // default order: creation_time DESC
        List<String> times = column(all, "creation_time");
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, times);
        // every user type is there when user_types is absent
        assertEquals(Set.of("visitor", "lead", "user", "agent", "admin"), new HashSet<>(column(all, "user_type")));
    }

    @Test
    void getUsersRowsHaveTheDocumentedColumns() {
        for (Map<String, Object> row : rows("get-users", "pagination", "1")) {
            assertKeys(USER_KEYS, row);
            assertStrings(row, "id", "first_name", "last_name", "profile_image", "user_type", "token");
            assertTime(row.get("creation_time"));
            assertTime(row.get("last_activity"));
            assertTrue(row.get("token").toString().matches("[0-9a-f]{40}"));
        }
    }

    @Test
    void getUsersFiltersOnUserTypes() {
        List<Map<String, Object>> staff = rows("get-users", "user_types", "[\"agent\",\"admin\"]");
        assertEquals(GbTalkSeed.AGENTS, staff.size());
        assertEquals(Set.of("agent", "admin"), new HashSet<>(column(staff, "user_type")));

        int customers = 0;
        for (String type : List.of("visitor", "lead", "user")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                rows.addAll(rows("get-users", "user_types", "[\"" + type + "\"]", "pagination", "" + page));
            }
            assertFalse(rows.isEmpty(), type);
            assertEquals(Set.of(type), new HashSet<>(column(rows, "user_type")));
            customers += rows.size();
        }
        assertEquals(GbTalkSeed.CUSTOMERS, customers);
    }

    @Test
    void getUsersFiltersOnUserIds() {
        List<Map<String, Object>> rows = rows("get-users", "user_ids", "[7, 20, \"100\", 999999]");
        assertEquals(Set.of("7", "20", "100"), new HashSet<>(column(rows, "id")));
        assertEquals(List.of("100", "20", "7"), column(rows, "id"), "still creation_time DESC");

        List<Map<String, Object>> agents = rows("get-users", "user_ids", "[1,2,3,50]", "user_types", "[\"admin\"]");
        assertEquals(Set.of("admin"), new HashSet<>(column(agents, "user_type")));
        assertTrue(Set.of("1", "2", "3").containsAll(column(agents, "id")));
    }

    @Test
    void getUsersSearchesNamesAndEmail() {
        Map<String, Object> lead = rows("get-users", "user_types", "[\"lead\"]").get(5);
        String lastName = lead.get("last_name").toString();
        List<Map<String, Object>> found = rows("get-users", "search", lastName.toUpperCase(Locale.ROOT));
        assertTrue(column(found, "id").contains(lead.get("id").toString()));
        for (Map<String, Object> row : found) {
            String haystack = (row.get("first_name") + " " + row.get("last_name") + " " + row.get("email"))
                    .toLowerCase(Locale.ROOT);
            assertTrue(haystack.contains(lastName.toLowerCase(Locale.ROOT)), "" + row);
        }
        assertTrue(rows("get-users", "search", "no-such-person-zzz").isEmpty());
    }

    @Test
    void getUsersWithExtraAddsEachDetailAsAKey() {
        Map<String, Object> user = rows("get-users", "user_types", "[\"user\"]", "extra", "true").get(0);
        assertTrue(user.containsKey("location") && user.containsKey("country_code"), "" + user);
        assertFalse(user.containsKey("details"));

        Map<String, Object> profile = object("get-user", "user_id", user.get("id").toString(), "extra", "true");
        List<Map<String, Object>> details = asRows(profile.get("details"));
        for (Map<String, Object> detail : details) {
            assertEquals(detail.get("value"), user.get(detail.get("slug").toString()));
        }

        Map<String, Object> subset = rows("get-users", "user_ids", "[" + user.get("id") + "]", "extra",
                "[\"country_code\"]").get(0);
        assertEquals(user.get("country_code"), subset.get("country_code"));
        assertFalse(subset.containsKey("location"));
        assertKeys(USER_KEYS, rows("get-users", "user_ids", "[" + user.get("id") + "]").get(0));
    }

    @Test
    void getUsersSortsByTheGivenColumn() {
        List<Map<String, Object>> rows = rows("get-users", "sorting", "[\"last_name\",\"ASC\"]",
                "user_types", "[\"user\"]");
        List<String> names = column(rows, "last_name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);

        // an unknown column reaches MySQL, whose complaint comes back as the response
        Object response = ok("get-users", "sorting", "[\"password\",\"ASC\"]").get("response");
        assertInstanceOf(String.class, response);
    }

    @Test
    void getUserReturnsTheProfileWithDetailsOnlyWhenAsked() {
        Map<String, Object> row = rows("get-users", "user_types", "[\"lead\"]").get(0);
        String id = row.get("id").toString();

        Map<String, Object> plain = object("get-user", "user_id", id);
        Set<String> profileKeys = new HashSet<>(USER_KEYS);
        profileKeys.add("password");
        assertKeys(profileKeys, plain);
        assertEquals("", plain.get("password"));
        USER_KEYS.forEach(key -> assertEquals(row.get(key), plain.get(key), key));

        Map<String, Object> extra = object("get-user", "user_id", id, "extra", "true");
        profileKeys.add("details");
        assertKeys(profileKeys, extra);
        List<Map<String, Object>> details = asRows(extra.get("details"));
        assertTrue(column(details, "slug").containsAll(List.of("location", "country_code")));
        details.forEach(detail -> assertKeys(Set.of("slug", "name", "value"), detail));
    }

    @Test
    void getUserAnswersFalseWhenThereIsNoSuchUser() {
        assertEquals(false, ok("get-user", "user_id", "999999").get("response"));
        assertEquals(false, ok("get-user", "user_id", "abc").get("response"));
    }

    @Test
    void getAgentReturnsAgentsAndAdminsOnly() {
        List<Integer> ids = ok("get-agents-ids").getList("response", Integer.class);
        for (Integer id : ids) {
            Map<String, Object> agent = object("get-agent", "agent_id", id.toString());
            assertEquals(id.toString(), agent.get("id"));
            assertTrue(List.of("agent", "admin").contains(agent.get("user_type")));
            assertEquals("", agent.get("password"));
            assertFalse(asRows(agent.get("details")).isEmpty());
        }
        String customer = rows("get-users", "user_types", "[\"user\"]").get(0).get("id").toString();
        assertEquals(false, ok("get-agent", "agent_id", customer).get("response"));
        assertEquals(false, ok("get-agent", "agent_id", "999999").get("response"));
    }

    @Test
    void getAgentsIdsAnswersNumbersAndCanLeaveOutAdmins() {
        List<Object> all = ok("get-agents-ids").getList("response");
        all.forEach(id -> assertInstanceOf(Number.class, id));
        Set<String> staff = new HashSet<>(column(rows("get-users", "user_types", "[\"agent\",\"admin\"]"), "id"));
        assertEquals(staff, new HashSet<>(all.stream().map(String::valueOf).toList()));

        Set<String> admins = new HashSet<>(column(rows("get-users", "user_types", "[\"admin\"]"), "id"));
        List<Object> agents = ok("get-agents-ids", "admins", "false").getList("response");
        assertEquals(staff.size() - admins.size(), agents.size());
        agents.forEach(id -> assertFalse(admins.contains(String.valueOf(id))));
    }

    @Test
    void searchUsersAlsoSearchesDetails() {
        List<Map<String, Object>> found = rows("search-users", "search", "lagos");
        assertFalse(found.isEmpty());
        for (Map<String, Object> row : found) {
            assertKeys(USER_KEYS, row);
            List<Map<String, Object>> details = asRows(
                    object("get-user", "user_id", row.get("id").toString(), "extra", "true").get("details"));
            String values = String.join(" ", column(details, "value")) + " " + row.get("first_name") + " "
                    + row.get("last_name") + " " + row.get("email");
            assertTrue(values.toLowerCase(Locale.ROOT).contains("lagos"), "" + row);
        }
        assertTrue(rows("search-users", "search", "no-such-person-zzz").isEmpty());
    }

    @Test
    void getOnlineUsersListsOnlineUsersAndAgents() {
        List<Map<String, Object>> online = rows("get-online-users");
        assertFalse(online.isEmpty());
        online.forEach(row -> assertKeys(USER_KEYS, row));
        Set<String> types = new HashSet<>(column(online, "user_type"));
        assertTrue(types.contains("visitor") && (types.contains("agent") || types.contains("admin")), "" + types);
        List<String> times = column(online, "creation_time");
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, times);

        List<Map<String, Object>> agents = rows("get-online-users", "agents", "true");
        assertFalse(agents.isEmpty());
        assertTrue(Set.of("agent", "admin").containsAll(column(agents, "user_type")));
        assertTrue(agents.size() < ok("get-agents-ids").getList("response").size(), "some agents are offline");

        String excluded = online.get(0).get("id").toString();
        String other = online.get(1).get("id").toString();
        List<String> remaining = column(rows("get-online-users", "exclude_id", "[" + excluded + "]"), "id");
        assertFalse(remaining.contains(excluded));
        assertTrue(remaining.contains(other));
        assertNotEquals(column(online, "id"), remaining);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> asRows(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
