package io.switchboard.vendor.gbtalk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One additional detail of a GB Talk user, e.g. {@code {"slug": "phone", "name": "Phone", "value": "+44..."}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GbTalkUserDetail(String slug, String name, String value) {
}
