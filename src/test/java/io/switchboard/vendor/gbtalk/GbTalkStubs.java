package io.switchboard.vendor.gbtalk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Vendor;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;
import io.switchboard.testing.VendorStubs;

/** Stubs GB Talk's one endpoint by function name and reads back the form fields each call sent. */
final class GbTalkStubs {

    static final Duration WAIT = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private GbTalkStubs() {
    }

    /** A POST to the API script calling this function; add {@code withFormParam} for arguments. */
    static MappingBuilder function(String name) {
        return post(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT)).withFormParam("function", equalTo(name));
    }

    static void stub(MappingBuilder call, ResponseDefinitionBuilder answer) {
        VendorStubs.gbtalk().stubFor(call.willReturn(answer));
    }

    static void stub(String function, String fixture) {
        stub(function(function), file(fixture));
    }

    static ResponseDefinitionBuilder file(String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBodyFile(fixture);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** {@code {"success": true, "response": [rows]}} with {@code count} rows made by {@code row}. */
    static String success(int count, IntFunction<Map<String, Object>> row) {
        ObjectNode root = JSON.createObjectNode().put("success", true);
        ArrayNode rows = root.putArray("response");
        for (int i = 0; i < count; i++) {
            rows.add(JSON.valueToTree(row.apply(i)));
        }
        return root.toString();
    }

    /** The form fields of every call of the function GB Talk received, in the order it received them. */
    static List<Map<String, String>> calls(String function) {
        List<Map<String, String>> calls = new ArrayList<>();
        VendorStubs.gbtalk().findAll(postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT)))
                .forEach(request -> {
                    Map<String, String> form = form(request.getBodyAsString());
                    if (function.equals(form.get("function"))) {
                        calls.add(form);
                    }
                });
        return calls;
    }

    /** The function of every call GB Talk received, in the order it received them. */
    static List<String> functionsCalled() {
        List<String> functions = new ArrayList<>();
        VendorStubs.gbtalk().findAll(postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT)))
                .forEach(request -> functions.add(form(request.getBodyAsString()).get("function")));
        return functions;
    }

    static int callCount() {
        return VendorStubs.gbtalk().findAll(postRequestedFor(urlPathEqualTo(VendorStubs.GBTALK_SCRIPT))).size();
    }

    /** The exact form a call should send: the token, the function, then these arguments. */
    static Map<String, String> fields(String function, String... argumentsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", VendorStubs.GBTALK_TOKEN);
        fields.put("function", function);
        for (int i = 0; i + 1 < argumentsAndValues.length; i += 2) {
            fields.put(argumentsAndValues[i], argumentsAndValues[i + 1]);
        }
        return fields;
    }

    /** Asserts that the function was called exactly once, with exactly these fields. */
    static void assertCalledOnce(String function, String... argumentsAndValues) {
        assertEquals(List.of(fields(function, argumentsAndValues)), calls(function));
    }

    /** The SwitchboardException the call fails with; fails the test when it succeeds. */
    static SwitchboardException failureOf(Uni<?> call) {
        try {
            call.await().atMost(WAIT);
        } catch (SwitchboardException e) {
            return e;
        }
        throw new AssertionError("expected the call to fail");
    }

    /** Asserts the code and vendor of a failure, and that its message does not leak the token. */
    static void assertFailure(SwitchboardException e, ErrorCode code) {
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(code == ErrorCode.BAD_USER_INPUT ? null : Vendor.GBTALK, e.vendor());
        assertFalse(e.getMessage().contains(VendorStubs.GBTALK_TOKEN), "a message must never carry the token");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (form.put(key, value) != null) {
                throw new AssertionError("form field sent twice: " + key);
            }
        }
        return form;
    }
}
