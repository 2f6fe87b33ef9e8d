package io.switchboard.vendor;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.ChatWidget;

/** A vendor that can create chat widgets (Gaglers topics). */
public interface WidgetWriter extends VendorPort {

    /** Creates the widget and answers it as the vendor now holds it (fetched again from its location). */
    Uni<ChatWidget> createWidget(String siteUrl, String name, List<String> operatorRemoteIds);
}
