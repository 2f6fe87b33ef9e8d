package io.switchboard.vendor.gladly;

/**
 * The body of {@code POST /conversations/{id}/notes}, in the form of Gladly's example
 * ({@code {"content":{"body":"…"}}}); its schema also names a top-level {@code body}, which Switchboard does not use.
 */
record GladlyNoteWrite(Content content) {

    record Content(String body) {
    }
}
