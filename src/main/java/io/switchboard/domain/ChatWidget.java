package io.switchboard.domain;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A chat widget (Gaglers topic) with the remote ids of its operators, all Gaglers agents. */
@RegisterForReflection
public record ChatWidget(
        Vendor vendor,
        String remoteId,
        String name,
        String siteUrl,
        List<String> operatorIds,
        List<String> onlineOperatorIds) implements VendorObject {

    public static final String TYPE = "ChatWidget";

    public ChatWidget {
        operatorIds = operatorIds == null ? List.of() : List.copyOf(operatorIds);
        onlineOperatorIds = onlineOperatorIds == null ? List.of() : List.copyOf(onlineOperatorIds);
    }

    @Override
    public String typeName() {
        return TYPE;
    }
}
