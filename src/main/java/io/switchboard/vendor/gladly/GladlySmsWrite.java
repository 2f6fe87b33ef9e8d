package io.switchboard.vendor.gladly;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of {@code POST /communications/sms}: every field required, numbers in E.164. */
record GladlySmsWrite(Customer customer, String from, String body) {

    record Customer(String mobileNumber) {
    }

    /** Gladly's 200 answer: the profile the number belongs to (new or not) and the SMS item created. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(String customerId, String conversationItemId) {
    }
}
