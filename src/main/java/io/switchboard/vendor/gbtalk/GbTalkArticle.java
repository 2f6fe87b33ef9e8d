package io.switchboard.vendor.gbtalk;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A help-center article from {@code get-articles} or {@code search-articles}. {@code categories} holds category ids;
 * {@code language} is not in the docs and is read when an installation sends it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkArticle(
        String id,
        String title,
        String content,
        String link,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> categories,
        String language) {
}
