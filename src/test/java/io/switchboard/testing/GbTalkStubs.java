package io.switchboard.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;

/**
 * GB Talk's one endpoint on its WireMock stub: stubs a function by name, and reads back the exact form of every call
 * GB Talk received, so that tests can compare it field for field with what the docs ask for.
 */
public final class GbTalkStubs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GbTalkStubs() {
    }

    /**
     * A POST to the API script calling this function with the test admin token (a call without the token finds no
     * stub); add {@code withFormParam} for arguments.
     */
    public static MappingBuilder function(String name) {
        return post(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT))
                .withFormParam("token", equalTo(VendorStubs.GBTALK_TOKEN))
                .withFormParam("function", equalTo(name));
    }

    /** The calls of this function, for WireMock's {@code verify}; add {@code withFormParam} for arguments. */
    public static RequestPatternBuilder callOf(String function) {
        return postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT)).withFormParam("function", equalTo(function));
    }

    public static void stub(MappingBuilder call, ResponseDefinitionBuilder answer) {
        VendorStubs.gbtalk().stubFor(call.willReturn(answer));
    }

    /** Answers every call of the function with the fixture file. */
    public static void stub(String function, String fixture) {
        stub(function(function), JsonResponses.file(fixture));
    }

    /** {@code {"success": true, "response": [rows]}} with {@code count} rows made by {@code row}. */
    public static String success(int count, IntFunction<Map<String, Object>> row) {
        ObjectNode root = JSON.createObjectNode().put("success", true);
        ArrayNode rows = root.putArray("response");
        for (int i = 0; i < count; i++) {
            rows.add(JSON.valueToTree(row.apply(i)));
        }
        return root.toString();
    }

    /** A get-users row of a made-up agent, {@code Agent <id>}, for pages of any length. */
    public static Map<String, Object> agentRow(int id) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", String.valueOf(id));
        row.put("first_name", "Agent");
        row.put("last_name", String.valueOf(id));
        row.put("email", "agent" + id + "@gbtalk.test");
        row.put("profile_image", "https://chat.gbtalk.test/script/uploads/agent.svg");
        row.put("user_type", "agent");
        row.put("creation_time", "2020-01-01 00:00:00");
        row.put("last_activity", "2020-01-02 00:00:00");
        row.put("department", null);
        row.put("token", "0000000000000000000000000000000000000000");
        return row;
    }

    /** The exact form a call should send: the admin token, the function, then these arguments and values. */
    public static Map<String, String> form(String function, String... argumentsAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", VendorStubs.GBTALK_TOKEN);
        form.put("function", function);
        for (int i = 0; i + 1 < argumentsAndValues.length; i += 2) {
            form.put(argumentsAndValues[i], argumentsAndValues[i + 1]);
        }
        return form;
    }

    /** The form of every call GB Talk received, in the order it received them. */
    public static List<Map<String, String>> allCalls() {
        List<Map<String, String>> calls = new ArrayList<>();
        VendorStubs.gbtalk().findAll(postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT)))
                .forEach(request -> calls.add(parse(request.getBodyAsString())));
        return calls;
    }

    /** The form of every call of this function GB Talk received, in the order it received them. */
    public static List<Map<String, String>> calls(String function) {
        return allCalls().stream().filter(form -> function.equals(form.get("function"))).toList();
    }

    /** Forms in a stable order, to compare calls the service may send concurrently. */
    public static List<Map<String, String>> sorted(List<Map<String, String>> forms) {
        return forms.stream().sorted(Comparator.comparing(form -> new TreeMap<>(form).toString())).toList();
    }

    /** The function of every call GB Talk received, in the order it received them. */
    public static List<String> functionsCalled() {
        return allCalls().stream().map(form -> form.get("function")).toList();
    }

    public static int callCount() {
        return VendorStubs.gbtalk().findAll(postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT))).size();
    }

    /** Asserts that the function was called exactly once, with exactly these fields. */
    public static void assertCalledOnce(String function, String... argumentsAndValues) {
        assertEquals(List.of(form(function, argumentsAndValues)), calls(function));
    }

    /** Asserts the code and vendor of a failure, and that its message does not leak the token. */
    public static void assertFailure(SwitchboardException e, ErrorCode code) {
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(code == ErrorCode.BAD_USER_INPUT ? null : Vendor.GBTALK, e.vendor());
        assertFalse(e.getMessage().contains(VendorStubs.GBTALK_TOKEN), "a message must never carry the token");
    }

    /** A form-encoded body as ordered fields; a field sent twice fails the test. */
    private static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (form.put(key, value) != null) {
                throw new AssertionError("GB Talk form field sent twice: " + key);
            }
        }
        return form;
    }
}
