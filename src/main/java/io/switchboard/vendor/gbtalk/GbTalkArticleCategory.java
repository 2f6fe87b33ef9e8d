package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A help-center category from {@code get-articles-categories}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkArticleCategory(String id, String title) {
}
