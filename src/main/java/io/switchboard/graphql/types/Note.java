package io.switchboard.graphql.types;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Note")
@Description("An internal note on a conversation, visible to agents only.")
public final class Note {

    private final io.switchboard.domain.Note note;

    private Note(io.switchboard.domain.Note note) {
        this.note = note;
    }

    public static Note of(io.switchboard.domain.Note note) {
        return note == null ? null : new Note(note);
    }

    @Ignore
    public io.switchboard.domain.Note domain() {
        return note;
    }

    @Id
    @NonNull
    @Description("The note's global id: gid://<vendor>/Note/<remoteId>.")
    public String getId() {
        return note.globalId().format();
    }

    @Description("The note's text.")
    public String getBody() {
        return note.body();
    }

    @Description("When the note was written.")
    public Instant getCreatedAt() {
        return note.createdAt();
    }
}
