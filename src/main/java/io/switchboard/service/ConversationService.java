package io.switchboard.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.Page;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.Pager.Listing;
import io.switchboard.service.Pager.Slice;
import io.switchboard.service.ReadThrough.PageKey;
import io.switchboard.vendor.ConversationSource.ConversationQuery;

/** Conversations with their messages and notes (Gladly, GB Talk). */
@ApplicationScoped
public class ConversationService extends Lookup<Conversation> {

    @Inject
    Pager pager;

    @Override
    protected String type() {
        return Conversation.TYPE;
    }

    @Override
    protected Class<Conversation> modelType() {
        return Conversation.class;
    }

    @Override
    protected Uni<Map<String, Conversation>> fetch(Vendor vendor, Set<String> remoteIds) {
        return registry.conversations(vendor).getConversations(remoteIds);
    }

    public Slice<Conversation> list(Vendor vendor, ConversationStatus status, String search, Integer first,
            String after, Notes notes) {
        ConversationQuery query = new ConversationQuery(status, Inputs.text("search", search));
        List<Vendor> vendors = registry.vendorsFor(vendor, registry.conversationSources());
        Listing<Conversation> listing = new Listing<>(Conversation.TYPE, Conversation.class,
                "Conversation:" + Inputs.key("status", status == null ? null : status.name(), "q", query.search()),
                vendors, (v, token) -> registry.conversations(v).listConversations(query, token), vendor != null);
        return pager.page(listing, first, after, notes);
    }

    /** A conversation's messages, oldest first. */
    public Slice<Message> messages(Conversation conversation, Integer first, String after, Notes notes) {
        Listing<Message> listing = new Listing<>(Message.TYPE, Message.class, messagesKey(conversation),
                List.of(conversation.vendor()),
                (v, token) -> registry.conversations(v).listMessages(conversation.remoteId(), token), true);
        return pager.page(listing, first, after, notes);
    }

    public List<Note> notes(Conversation conversation, Notes notes) {
        PageKey key = new PageKey(conversation.vendor(), "Note:conversation=" + conversation.remoteId(), null);
        Outcome<Page<Note>> outcome = readThrough.pages(Note.TYPE, Note.class, List.of(key),
                k -> registry.conversations(k.vendor()).listNotes(conversation.remoteId()).map(Page::whole), Set.of(),
                notes).get(key);
        return outcome.orThrow().items();
    }

    /**
     * The last message of each conversation, by the conversation's global id: the one the vendor handed out with the
     * conversation, else the last of its messages, fetched for all such conversations concurrently. A conversation
     * without messages has an empty outcome; one whose messages could not be fetched has the failure, for the caller
     * to report where it belongs.
     */
    public Map<GlobalId, Outcome<Message>> lastMessages(Collection<Conversation> conversations, Notes notes) {
        Map<GlobalId, Outcome<Message>> last = new HashMap<>();
        Map<PageKey, Conversation> toFetch = new HashMap<>();
        for (Conversation conversation : conversations) {
            if (conversation.lastMessage() != null) {
                last.put(conversation.globalId(), Outcome.of(conversation.lastMessage()));
            } else {
                toFetch.put(new PageKey(conversation.vendor(), messagesKey(conversation), null), conversation);
            }
        }
        if (toFetch.isEmpty()) {
            return last;
        }
        Map<PageKey, Outcome<Page<Message>>> pages = readThrough.pages(Message.TYPE, Message.class,
                new ArrayList<>(toFetch.keySet()),
                k -> registry.conversations(k.vendor()).listMessages(toFetch.get(k).remoteId(), k.pageToken()),
                Set.of(), notes);
        pages.forEach((key, outcome) -> {
            Conversation conversation = toFetch.get(key);
            if (!outcome.ok()) {
                last.put(conversation.globalId(), Outcome.failed(outcome.failure()));
                return;
            }
            try {
                List<Message> items = lastPage(conversation, outcome.value(), notes).items();
                last.put(conversation.globalId(), Outcome.of(items.isEmpty() ? null : items.get(items.size() - 1)));
            } catch (SwitchboardException e) {
                last.put(conversation.globalId(), Outcome.failed(e));
            }
        });
        return last;
    }

    private Page<Message> lastPage(Conversation conversation, Page<Message> page, Notes notes) {
        Page<Message> current = page;
        while (current.hasNext()) {
            PageKey next = new PageKey(conversation.vendor(), messagesKey(conversation), current.nextPageToken());
            current = readThrough.pages(Message.TYPE, Message.class, List.of(next),
                    k -> registry.conversations(k.vendor()).listMessages(conversation.remoteId(), k.pageToken()), Set.of(),
                    notes).get(next).orThrow();
        }
        return current;
    }

    private static String messagesKey(Conversation conversation) {
        return "Message:conversation=" + conversation.remoteId();
    }
}
