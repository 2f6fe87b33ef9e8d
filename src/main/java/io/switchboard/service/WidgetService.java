package io.switchboard.service;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Vendor;

/** Chat widgets (Gaglers topics), fetched by id; the store remembers every one it has seen. */
@ApplicationScoped
public class WidgetService extends Lookup<ChatWidget> {

    @Override
    protected String type() {
        return ChatWidget.TYPE;
    }

    @Override
    protected Class<ChatWidget> modelType() {
        return ChatWidget.class;
    }

    @Override
    protected Uni<Map<String, ChatWidget>> fetch(Vendor vendor, Set<String> remoteIds) {
        return registry.widgets(vendor).getWidgets(remoteIds);
    }
}
