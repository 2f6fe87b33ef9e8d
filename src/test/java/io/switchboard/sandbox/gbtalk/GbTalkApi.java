package io.switchboard.sandbox.gbtalk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.switchboard.testing.VendorStubs;

/** Calls the GB Talk sandbox the way the vendor documents it: a form POST with the admin token as a field. */
final class GbTalkApi {

    static final String PATH = "/sandbox/gbtalk/script/include/api.php";

    /** The documented time format, yyyy-MM-dd HH:mm:ss. */
    static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    static final Set<String> USER_KEYS = Set.of("id", "first_name", "last_name", "email", "profile_image",
            "user_type", "creation_time", "last_activity", "department", "token");

    /** The keys of a conversation's {@code details}, as get-conversation and new-conversation answer them. */
    static final Set<String> DETAILS_KEYS = Set.of("user_id", "first_name", "last_name", "profile_image",
            "user_type", "id", "title", "conversation_time", "conversation_status_code", "department");

    private GbTalkApi() {
    }

    /** Calls a function with the test token; {@code arguments} are form field names and values, alternating. */
    static Response call(String function, String... arguments) {
        RequestSpecification request = given().formParam("token", VendorStubs.GBTALK_TOKEN)
                .formParam("function", function);
        for (int i = 0; i < arguments.length; i += 2) {
            request.formParam(arguments[i], arguments[i + 1]);
        }
        return request.post(PATH);
    }

    /** The body of a call that must succeed: HTTP 200, JSON, {@code success: true}. */
    static JsonPath ok(String function, String... arguments) {
        return call(function, arguments).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("success", is(true))
                .extract().jsonPath();
    }

    /** The {@code response} list of a successful call. */
    static List<Map<String, Object>> rows(String function, String... arguments) {
        return ok(function, arguments).getList("response");
    }

    /** The {@code response} object of a successful call. */
    static Map<String, Object> object(String function, String... arguments) {
        return ok(function, arguments).getMap("response");
    }

    static List<String> column(Collection<Map<String, Object>> rows, String key) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(String.valueOf(row.get(key))));
        return values;
    }

    static void assertKeys(Set<String> expected, Map<String, Object> row) {
        assertEquals(new TreeSet<>(expected), new TreeSet<>(row.keySet()), "keys of " + row);
    }

    /** Ids, codes and foreign keys come as strings in these rows, like the product's MySQL columns through PHP. */
    static void assertStrings(Map<String, Object> row, String... keys) {
        for (String key : keys) {
            assertTrue(row.get(key) instanceof String, key + " should be a string in " + row);
        }
    }

    static void assertTime(Object value) {
        assertTrue(value instanceof String time && time.matches(TIME), "not a GB Talk time: " + value);
    }
}
