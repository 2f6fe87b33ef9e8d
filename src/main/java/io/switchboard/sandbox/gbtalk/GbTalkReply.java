package io.switchboard.sandbox.gbtalk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the GB Talk API script answers: an HTTP status and one of its two body shapes. Functions answer with the
 * {@code success}/{@code response} envelope; the script itself (no function, bad token, missing argument) answers
 * with the {@code status}/{@code response}/{@code message} error body.
 */
record GbTalkReply(int status, Map<String, Object> body) {

    /** HTTP 200 {@code {"success": true, "response": <value>}}; the value may be false, a list, a string... */
    static GbTalkReply ok(Object response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("response", response);
        return new GbTalkReply(200, body);
    }

    /** HTTP 200 {@code {"success": false, "response": "<code>"}}: the function refused its input. */
    static GbTalkReply rejected(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("response", code);
        return new GbTalkReply(200, body);
    }

    /**
     * HTTP 200 with a MySQL error message as the {@code response}, which is how the product passes on a failed
     * query (the docs' "MySQL error message").
     */
    static GbTalkReply databaseError(String message) {
        return ok(message);
    }

    /** An API-level error: {@code {"status": "error", "response": "<code>", "message": "..."}}. */
    static GbTalkReply error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("response", code);
        body.put("message", message);
        return new GbTalkReply(status, body);
    }
}
