package io.switchboard.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("The channel a conversation or message travelled on. OTHER for channels Switchboard does not name.")
public enum Channel {
    CHAT,
    EMAIL,
    SMS,
    WHATSAPP,
    FACEBOOK,
    INSTAGRAM,
    TWITTER,
    TELEGRAM,
    WECHAT,
    LINE,
    VIBER,
    TICKET,
    PHONE,
    OTHER
}
