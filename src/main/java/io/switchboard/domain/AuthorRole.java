package io.switchboard.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("Who wrote a message.")
public enum AuthorRole {
    CUSTOMER,
    AGENT,
    BOT,
    SYSTEM
}
