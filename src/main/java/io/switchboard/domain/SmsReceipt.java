package io.switchboard.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What Gladly answers to an SMS sent: the customer it went to (created if new) and the conversation item. */
@RegisterForReflection
public record SmsReceipt(Vendor vendor, String customerRemoteId, String conversationItemId) {
}
