package io.switchboard.vendor.gladly;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /conversation-items/{itemId}/reply}. Unlike message items, whose text is
 * {@code content.content}, a reply's text is {@code content.body}; EMAIL replies take HTML there and plain text in
 * {@code bodyPlain}.
 */
record GladlyReplyWrite(Content content) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Content(String type, String body, String bodyPlain) {
    }
}
