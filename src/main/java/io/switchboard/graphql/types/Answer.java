package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.Vendor;

@Type("Answer")
@Description("A reusable answer: a Gladly public answer or a GB Talk saved reply (remoteId = the reply's name).")
public final class Answer implements Node {

    private final io.switchboard.domain.Answer answer;

    private Answer(io.switchboard.domain.Answer answer) {
        this.answer = answer;
    }

    public static Answer of(io.switchboard.domain.Answer answer) {
        return answer == null ? null : new Answer(answer);
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return answer.globalId().format();
    }

    @NonNull
    @Description("GLADLY or GBTALK.")
    public Vendor getVendor() {
        return answer.vendor();
    }

    @NonNull
    @Description("The vendor's own id: Gladly answer id, GB Talk reply name.")
    public String getRemoteId() {
        return answer.remoteId();
    }

    @NonNull
    @Description("The answer's title.")
    public String getTitle() {
        return answer.title() == null ? "" : answer.title();
    }

    @Description("The answer as HTML.")
    public String getBodyHtml() {
        return answer.bodyHtml();
    }

    @Description("bodyHtml with markup removed.")
    public String getBodyText() {
        return answer.bodyText();
    }

    @Description("Language code, e.g. en-us.")
    public String getLanguage() {
        return answer.language();
    }
}
