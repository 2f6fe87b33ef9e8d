package io.switchboard.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.switchboard.domain.Agent;
import io.switchboard.domain.ArticleRating;
import io.switchboard.domain.Article;
import io.switchboard.domain.Attachment;
import io.switchboard.domain.ChatWidget;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.Customer;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Message;
import io.switchboard.domain.Note;
import io.switchboard.domain.SmsReceipt;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.store.CacheStore;
import io.switchboard.store.StoreFills;
import io.switchboard.store.StoreGeneration;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;
import io.switchboard.vendor.VendorRegistry;

/**
 * Every write, against the vendor that owns the data, at most once per client mutation id ({@link MutationRunner}),
 * followed by what keeps reads consistent: the written object goes into the store and every cached list page that
 * may contain it is dropped, so the next query shows the change on every replica.
 */
@ApplicationScoped
public class WriteService {

    @Inject
    VendorRegistry registry;

    @Inject
    MutationRunner runner;

    @Inject
    CacheStore store;

    @Inject
    StoreFills fills;

    @Inject
    StoreGeneration generation;

    @Inject
    AgentService agents;

    @Inject
    CustomerService customers;

    @Inject
    ConversationService conversations;

    @Inject
    ArticleService articles;

    @Inject
    WidgetService widgets;

    @Inject
    AnswerService answers;

    public Agent createAgent(Vendor vendor, AgentDraft draft, String clientMutationId) {
        Agent agent = runner.run("createAgent", clientMutationId, List.of(vendor, draft), Agent.class, vendor,
                () -> registry.agentWriter(vendor).createAgent(draft));
        return stored(agent, "Agent:");
    }

    public Agent updateAgent(GlobalId id, AgentChanges changes, String clientMutationId) {
        Agent agent = runner.run("updateAgent", clientMutationId, List.of(id.format(), changes), Agent.class,
                id.vendor(), () -> registry.agentWriter(id.vendor()).updateAgent(id.remoteId(), changes));
        return stored(agent, "Agent:");
    }

    public Customer createCustomer(Vendor vendor, CustomerDraft draft, String clientMutationId) {
        Customer customer = runner.run("createCustomer", clientMutationId, List.of(vendor, draft), Customer.class,
                vendor, () -> registry.customerWriter(vendor).createCustomer(draft));
        return stored(customer, "Customer:");
    }

    public Customer updateCustomer(GlobalId id, CustomerChanges changes, String clientMutationId) {
        Customer customer = runner.run("updateCustomer", clientMutationId, List.of(id.format(), changes),
                Customer.class, id.vendor(),
                () -> registry.customerWriter(id.vendor()).updateCustomer(id.remoteId(), changes));
        return stored(customer, "Customer:");
    }

    public Conversation createConversation(GlobalId customer, String title, ConversationStatus status,
            GlobalId assignee, String clientMutationId) {
        Vendor vendor = customer.vendor();
        Conversation conversation = runner.run("createConversation", clientMutationId,
                List.of(customer.format(), String.valueOf(title), String.valueOf(status), String.valueOf(assignee)),
                Conversation.class, vendor, () -> registry.conversationWriter(vendor).createConversation(
                        customer.remoteId(), title, status, assignee == null ? null : assignee.remoteId()));
        return stored(conversation, "Conversation:");
    }

    public Message sendMessage(GlobalId conversation, String body, GlobalId author, List<Attachment> attachments,
            String clientMutationId) {
        Vendor vendor = conversation.vendor();
        Message message = runner.run("sendMessage", clientMutationId,
                List.of(conversation.format(), body, String.valueOf(author), attachments), Message.class, vendor,
                () -> registry.conversationWriter(vendor).sendMessage(conversation.remoteId(), body,
                        author == null ? null : author.remoteId(), attachments));
        // The conversation's last message, its place in the inbox and its message list all changed.
        afterWrite(() -> {
            store.evict(vendor, Conversation.TYPE, conversation.remoteId());
            store.evictLists(vendor, "Message:conversation=" + conversation.remoteId());
            store.evictLists(vendor, "Conversation:");
        });
        return message;
    }

    public Conversation updateConversationStatus(GlobalId id, ConversationStatus status, String clientMutationId) {
        Conversation conversation = runner.run("updateConversationStatus", clientMutationId,
                List.of(id.format(), status), Conversation.class, id.vendor(),
                () -> registry.conversationWriter(id.vendor()).updateStatus(id.remoteId(), status));
        return stored(conversation, "Conversation:");
    }

    public Conversation assignConversation(GlobalId id, GlobalId agent, String clientMutationId) {
        Conversation conversation = runner.run("assignConversation", clientMutationId,
                List.of(id.format(), String.valueOf(agent)), Conversation.class, id.vendor(),
                () -> registry.conversationWriter(id.vendor()).assign(id.remoteId(),
                        agent == null ? null : agent.remoteId()));
        return stored(conversation, "Conversation:");
    }

    public Note addNote(GlobalId conversation, String body, GlobalId author, String title, String clientMutationId) {
        Vendor vendor = conversation.vendor();
        Note note = runner.run("addNote", clientMutationId,
                List.of(conversation.format(), body, String.valueOf(author), String.valueOf(title)), Note.class,
                vendor, () -> registry.conversationWriter(vendor).addNote(conversation.remoteId(), body,
                        author == null ? null : author.remoteId(), title));
        afterWrite(() -> store.evictLists(vendor, "Note:conversation=" + conversation.remoteId()));
        return note;
    }

    public ArticleRating rateArticle(GlobalId article, boolean helpful, String clientMutationId) {
        ArticleRating rating = runner.run("rateArticle", clientMutationId, List.of(article.format(), helpful),
                ArticleRating.class, article.vendor(),
                () -> registry.articleRater(article.vendor()).rateArticle(article.remoteId(), helpful));
        afterWrite(() -> store.evict(article.vendor(), Article.TYPE, article.remoteId()));
        return rating;
    }

    public SmsReceipt sendSms(Vendor vendor, String to, String from, String body, String clientMutationId) {
        SmsReceipt receipt = runner.run("sendSms", clientMutationId, List.of(vendor, to, from, body),
                SmsReceipt.class, vendor, () -> registry.smsSender(vendor).sendSms(to, from, body));
        afterWrite(() -> {
            if (receipt.customerRemoteId() != null) {
                store.evict(vendor, Customer.TYPE, receipt.customerRemoteId());
                store.evictLists(vendor, "Conversation:customer=" + receipt.customerRemoteId());
            }
            store.evictLists(vendor, "Customer:");
        });
        return receipt;
    }

    public ChatWidget createChatWidget(Vendor vendor, String siteUrl, String name, List<String> operatorRemoteIds,
            String clientMutationId) {
        ChatWidget widget = runner.run("createChatWidget", clientMutationId,
                List.of(vendor, siteUrl, name, operatorRemoteIds), ChatWidget.class, vendor,
                () -> registry.widgetWriter(vendor).createWidget(siteUrl, name, operatorRemoteIds));
        return stored(widget, null);
    }

    /** Drops the cached copy of any object and fetches it again. */
    public VendorObject refresh(GlobalId id, Notes notes) {
        afterWrite(() -> store.evict(id.vendor(), id.type(), id.remoteId()));
        return switch (id.type()) {
            case Agent.TYPE -> agents.get(id, notes);
            case Customer.TYPE -> customers.get(id, notes);
            case Conversation.TYPE -> conversations.get(id, notes);
            case io.switchboard.domain.Answer.TYPE -> answers.get(id, notes);
            case Article.TYPE -> articles.get(id, notes);
            case ChatWidget.TYPE -> widgets.get(id, notes);
            default -> throw io.switchboard.error.SwitchboardException.badInput(List.of("id"),
                    id.type() + " objects cannot be refreshed by id");
        };
    }

    private <T extends VendorObject> T stored(T object, String listPrefix) {
        afterWrite(() -> {
            store.putAll(List.of(object));
            if (listPrefix != null) {
                store.evictLists(object.vendor(), listPrefix);
            }
        });
        return object;
    }

    /**
     * Store upkeep after a successful write; then the store generation moves on, so that no replica replays an
     * answer made before the write. The write happened: if the store fails now, the answer still stands, and the
     * older copies (rows and replayable answers alike) age out with the ttl.
     */
    private void afterWrite(Runnable upkeep) {
        try {
            fills.await(); // copies fetched before the write land first, so that the upkeep has the last word
            upkeep.run();
        } catch (RuntimeException e) {
            Log.warnf("Could not update the cache store after a write: %s", e.getClass().getSimpleName());
        }
        fills.forgetWritten(); // the copies read after the write are stored, even where they look as before
        try {
            generation.advance();
        } catch (RuntimeException e) {
            Log.warnf("Could not advance the store generation after a write: %s", e.getClass().getSimpleName());
        }
    }

}
