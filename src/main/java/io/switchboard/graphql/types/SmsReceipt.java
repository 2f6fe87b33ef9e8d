package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;

@Description("What Gladly answered to an SMS: the customer it went to and the conversation item it created.")
public record SmsReceipt(
        @Description("The customer the SMS went to (Gladly creates a profile for an unknown number).") Customer customer,
        @Description("The Gladly conversation item id of the SMS.") String conversationItemId) {
}
