package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.Vendor;

@Type("ChatWidget")
@Description("A chat widget for a website (Gaglers topic).")
public final class ChatWidget implements Node {

    private final io.switchboard.domain.ChatWidget widget;

    private ChatWidget(io.switchboard.domain.ChatWidget widget) {
        this.widget = widget;
    }

    public static ChatWidget of(io.switchboard.domain.ChatWidget widget) {
        return widget == null ? null : new ChatWidget(widget);
    }

    @Ignore
    public io.switchboard.domain.ChatWidget domain() {
        return widget;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return widget.globalId().format();
    }

    @NonNull
    @Description("GAGLERS.")
    public Vendor getVendor() {
        return widget.vendor();
    }

    @NonNull
    @Description("The vendor's own id (Gaglers topic id).")
    public String getRemoteId() {
        return widget.remoteId();
    }

    @NonNull
    @Description("The widget's name, unique within its website.")
    public String getName() {
        return widget.name() == null ? "" : widget.name();
    }

    @Description("The website the widget is for.")
    public String getSiteUrl() {
        return widget.siteUrl();
    }
}
