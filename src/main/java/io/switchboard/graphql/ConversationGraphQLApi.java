package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.graphql.Source;

import io.switchboard.domain.AuthorRole;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.graphql.types.Agent;
import io.switchboard.graphql.types.Conversation;
import io.switchboard.graphql.types.ConversationConnection;
import io.switchboard.graphql.types.Customer;
import io.switchboard.graphql.types.Message;
import io.switchboard.graphql.types.MessageConnection;
import io.switchboard.graphql.types.Note;
import io.switchboard.graphql.types.Participant;
import io.switchboard.security.Roles;
import io.switchboard.service.AgentService;
import io.switchboard.service.ConversationService;
import io.switchboard.service.CustomerService;
import io.switchboard.service.Notes;
import io.switchboard.service.Outcome;

/**
 * Conversations, their messages and notes, and the people in them.
 * <p>
 * The batch fields ({@code customer}, {@code assignee}, {@code lastMessage}, both {@code author}s) wait for vendors
 * and the store, so they run on worker threads of their own ({@link #offload}). Left to SmallRye GraphQL as blocking
 * methods, a DataLoader batch dispatched from an event loop is queued on that event loop's ordered blocking queue,
 * which every request handled by that event loop shares: one such batch at a time per event loop, so with 20 ms of
 * vendor latency the service answered no more queries with 32 clients than with 2 (README, Performance).
 */
@GraphQLApi
public class ConversationGraphQLApi {

    @Inject
    ConversationService conversations;

    @Inject
    CustomerService customers;

    @Inject
    AgentService agents;

    @Inject
    Fields fields;

    @Inject
    ManagedExecutor executor;

    @Query("conversations")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Conversations, merged in vendor order. GB Talk lists its inbox (without a status: all but archived "
            + "and trashed); Gladly has no global list, so its conversations are reached through customers.")
    public ConversationConnection conversations(@Description("Only this vendor's conversations.") Vendor vendor,
            @Description("Only conversations in this status.") ConversationStatus status,
            @Description("Free text in messages and customer names.") String search,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Continue after this cursor.") String after) {
        return ConversationConnection.of(conversations.list(vendor, status, search, first, after, fields.notes()));
    }

    @Query("conversation")
    @RolesAllowed(Roles.VIEWER)
    @Description("One conversation by global id; null with NOT_FOUND when the vendor does not know it.")
    public Conversation conversation(@NonNull @Id @Name("id") String id) {
        return Conversation.of(conversations.get(conversations.parseId(id), fields.notes()));
    }

    @Name("customer")
    @Description("The customer the conversation is with.")
    public CompletionStage<List<Customer>> customer(@Source List<Conversation> sources) {
        Notes notes = fields.notes();
        return offload(() -> customers(sources, notes));
    }

    private List<Customer> customers(List<Conversation> sources, Notes notes) {
        // A list row may not name the customer (GB Talk rows name whoever wrote last): ask the whole conversations.
        List<GlobalId> unnamed = sources.stream().filter(c -> c.domain().customerRemoteId() == null)
                .map(c -> c.domain().globalId()).distinct().toList();
        Map<GlobalId, io.switchboard.domain.Conversation> whole = unnamed.isEmpty() ? Map.of()
                : conversations.getMany(unnamed, notes).objects();
        return Batches.resolve(sources, c -> {
            String customer = c.domain().customerRemoteId();
            if (customer == null && whole.containsKey(c.domain().globalId())) {
                customer = whole.get(c.domain().globalId()).customerRemoteId();
            }
            return id(c.domain().vendor(), io.switchboard.domain.Customer.TYPE, customer);
        }, customers, Customer::of, notes);
    }

    @Name("assignee")
    @Description("The agent the conversation is assigned to, or null.")
    public CompletionStage<List<Agent>> assignee(@Source List<Conversation> sources) {
        Notes notes = fields.notes();
        return offload(() -> Batches.resolve(sources, c -> id(c.domain().vendor(), io.switchboard.domain.Agent.TYPE,
                c.domain().assigneeRemoteId()), agents, Agent::of, notes));
    }

    @Name("lastMessage")
    @Description("The most recent message.")
    public CompletionStage<List<Message>> lastMessage(@Source List<Conversation> sources) {
        Notes notes = fields.notes();
        return offload(() -> {
            Map<GlobalId, Outcome<io.switchboard.domain.Message>> last = conversations.lastMessages(
                    sources.stream().map(Conversation::domain).toList(), notes);
            return Batches.field(Batches.slots(sources, c -> c.domain().vendor(),
                    c -> last.get(c.domain().globalId()), Message::of));
        });
    }

    @Name("messages")
    @NonNull
    @Description("The conversation's messages, oldest first.")
    public MessageConnection messages(@Source Conversation conversation, Integer first, String after) {
        return MessageConnection.of(conversations.messages(conversation.domain(), first, after, fields.notes()));
    }

    @Name("notes")
    @NonNull
    @Description("Internal notes, oldest first.")
    public List<@NonNull Note> notes(@Source Conversation conversation) {
        return conversations.notes(conversation.domain(), fields.notes()).stream().map(Note::of).toList();
    }

    @Name("author")
    @Description("Who wrote the message: an Agent or a Customer of the same vendor; null for bots and the system.")
    public CompletionStage<List<Participant>> author(@Source List<Message> sources) {
        Notes notes = fields.notes();
        return offload(() -> authors(sources, notes));
    }

    private List<Participant> authors(List<Message> sources, Notes notes) {
        List<Object> agentAuthors = Batches.slots(sources, m -> authorId(m, AuthorRole.AGENT,
                io.switchboard.domain.Agent.TYPE), agents, Agent::of, notes);
        List<Object> customerAuthors = Batches.slots(sources, m -> authorId(m, AuthorRole.CUSTOMER,
                io.switchboard.domain.Customer.TYPE), customers, Customer::of, notes);
        // a message has one author role, so at most one of the two slots is filled
        List<Object> authors = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            authors.add(agentAuthors.get(i) != null ? agentAuthors.get(i) : customerAuthors.get(i));
        }
        return Batches.field(authors);
    }

    @Name("author")
    @Description("The agent who wrote the note.")
    public CompletionStage<List<Agent>> noteAuthor(@Source List<Note> sources) {
        Notes notes = fields.notes();
        return offload(() -> Batches.resolve(sources, n -> id(n.domain().vendor(), io.switchboard.domain.Agent.TYPE,
                n.domain().authorRemoteId()), agents, Agent::of, notes));
    }

    /**
     * Runs a batch on a worker thread (CDI request context propagated) rather than on the event loop's shared
     * ordered queue; the field's {@link Notes} are taken before, on the thread that has the field's context.
     */
    private <T> CompletionStage<List<T>> offload(Supplier<List<T>> batch) {
        return executor.supplyAsync(batch);
    }

    private static GlobalId authorId(Message message, AuthorRole role, String type) {
        io.switchboard.domain.Message m = message.domain();
        return m.authorRole() == role ? id(m.vendor(), type, m.authorRemoteId()) : null;
    }

    private static GlobalId id(Vendor vendor, String type, String remoteId) {
        return remoteId == null || remoteId.isBlank() ? null : GlobalId.of(vendor, type, remoteId);
    }
}
