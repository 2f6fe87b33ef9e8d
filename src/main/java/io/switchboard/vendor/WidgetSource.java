package io.switchboard.vendor;

import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.ChatWidget;

/** A vendor with chat widgets (Gaglers topics). Widgets cannot be listed, only fetched by id. */
public interface WidgetSource extends VendorPort {

    /** The widgets with these remote ids; unknown ids are absent from the map. */
    Uni<Map<String, ChatWidget>> getWidgets(Set<String> remoteIds);
}
