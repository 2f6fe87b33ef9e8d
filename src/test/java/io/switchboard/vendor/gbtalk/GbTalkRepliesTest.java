package io.switchboard.vendor.gbtalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;

class GbTalkRepliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GbTalkReplies replies = new GbTalkReplies(JSON);

    @Test
    void theResponseOfASuccessIsItsValue() {
        assertEquals("[1,2]", replies.response("{\"success\": true, \"response\": [1, 2]}").toString());
        assertTrue(replies.response("{\"success\": true}").isNull());
    }

    @Test
    void aBodyWithoutEnvelopeIsTheValueItself() {
        assertEquals("[{\"id\":1}]", replies.response("[{\"id\": 1}]").toString());
        assertEquals("{\"946\":[]}", replies.response("{\"946\": []}").toString());
    }

    @Test
    void aRefusalIsRejectedWithItsCode() {
        SwitchboardException e = assertThrows(SwitchboardException.class,
                () -> replies.response("{\"success\": false, \"response\": \"duplicate-email\"}"));
        assertEquals(ErrorCode.VENDOR_REJECTED, e.code());
        assertTrue(e.getMessage().endsWith("duplicate-email"), e.getMessage());
    }

    @Test
    void aTokenErrorIsAnAuthenticationFailureWhateverTheStatus() {
        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, assertThrows(SwitchboardException.class, () -> replies.response(
                "{\"status\": \"error\", \"response\": \"invalid-token\", \"message\": \"x\"}")).code());
        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, replies.failure(401, null).code());
        assertEquals(ErrorCode.VENDOR_AUTH_FAILED, replies.failure(403, "<html>Forbidden</html>").code());
    }

    @Test
    void httpErrorsMapByStatusAndCode() {
        SwitchboardException missing = replies.failure(404,
                "{\"status\": \"error\", \"response\": \"function-not-found\", \"message\": \"Function x\"}");
        assertEquals(ErrorCode.VENDOR_REJECTED, missing.code());
        assertTrue(missing.getMessage().endsWith("function-not-found"), missing.getMessage());
        assertTrue(replies.failure(400, "not json").getMessage().endsWith("HTTP 400"));
        assertEquals(ErrorCode.VENDOR_RATE_LIMITED, replies.failure(429, "").code());
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, replies.failure(502, null).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "{", "<html>Fatal error</html>" })
    void anUnreadableBodyIsUnavailable(String body) {
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE,
                assertThrows(SwitchboardException.class, () -> replies.response(body)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "false", "\"\"", "[]" })
    void nothingIsAnEmptyListAndNoObject(String response) throws Exception {
        JsonNode node = JSON.readTree(response);
        assertEquals(List.of(), replies.list(node, GbTalkSavedReply.class));
        assertEquals(Optional.empty(), replies.object(node, GbTalkSavedReply.class));
    }

    @Test
    void rowsKeyedByPhpArrayIndexesAreAListToo() throws Exception {
        JsonNode node = JSON.readTree("{\"0\": {\"reply-name\": \"a\"}, \"3\": {\"reply-name\": \"b\"}}");
        assertEquals(List.of(new GbTalkSavedReply("a", null), new GbTalkSavedReply("b", null)),
                replies.list(node, GbTalkSavedReply.class));
    }

    @Test
    void aStringInPlaceOfDataIsADatabaseError() throws Exception {
        JsonNode error = JSON.readTree("\"Duplicate entry for key PRIMARY\"");
        SwitchboardException e = assertThrows(SwitchboardException.class,
                () -> replies.list(error, GbTalkSavedReply.class));
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, e.code());
        assertTrue(!e.getMessage().contains("Duplicate"), e.getMessage());
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, assertThrows(SwitchboardException.class,
                () -> replies.object(error, GbTalkConversationDetails.class)).code());
    }

    @Test
    void embeddedArraysAreReadFromAStringOrAsThey() throws Exception {
        assertEquals("[-1,1]", replies.embeddedArray(JSON.readTree("\"[-1, 1]\"")).toString());
        assertEquals("[1]", replies.embeddedArray(JSON.readTree("[1]")).toString());
        assertEquals("[]", replies.embeddedArray(JSON.readTree("false")).toString());
        assertEquals(ErrorCode.VENDOR_UNAVAILABLE, assertThrows(SwitchboardException.class,
                () -> replies.embeddedArray(JSON.readTree("\"Unknown column 'rating'\""))).code());
    }

    @Test
    void jsonArgumentsAreCompactJson() {
        assertEquals("[\"agent\",\"admin\"]", replies.jsonArgument(List.of("agent", "admin")));
    }
}
