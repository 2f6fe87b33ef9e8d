package io.switchboard.graphql;

import static io.switchboard.graphql.Checks.path;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.domain.ConversationStatus;
import io.switchboard.domain.CustomerType;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.graphql.inputs.AddNoteInput;
import io.switchboard.graphql.inputs.AttachmentInput;
import io.switchboard.graphql.inputs.CreateAgentInput;
import io.switchboard.graphql.inputs.CreateChatWidgetInput;
import io.switchboard.graphql.inputs.CreateConversationInput;
import io.switchboard.graphql.inputs.CreateCustomerInput;
import io.switchboard.graphql.inputs.SendMessageInput;
import io.switchboard.graphql.inputs.SendSmsInput;
import io.switchboard.graphql.inputs.UpdateAgentInput;
import io.switchboard.graphql.inputs.UpdateCustomerInput;
import io.switchboard.graphql.types.Agent;
import io.switchboard.graphql.types.Answer;
import io.switchboard.graphql.types.Article;
import io.switchboard.graphql.types.ArticleRating;
import io.switchboard.graphql.types.ChatWidget;
import io.switchboard.graphql.types.Conversation;
import io.switchboard.graphql.types.Customer;
import io.switchboard.graphql.types.Message;
import io.switchboard.graphql.types.Node;
import io.switchboard.graphql.types.Note;
import io.switchboard.graphql.types.SmsReceipt;
import io.switchboard.security.Roles;
import io.switchboard.service.CustomerService;
import io.switchboard.service.WriteService;
import io.switchboard.vendor.AgentWriter.AgentChanges;
import io.switchboard.vendor.AgentWriter.AgentDraft;
import io.switchboard.vendor.CustomerWriter.CustomerChanges;
import io.switchboard.vendor.CustomerWriter.CustomerDraft;
import io.switchboard.vendor.VendorRegistry;

/**
 * Every write of the contract, against the vendor that owns the data. Arguments are checked before any vendor is
 * called; each input takes an optional {@code clientMutationId} that makes a retry within 24 hours answer the first
 * result instead of writing again. Conversation, message, note, SMS and rating writes need {@link Roles#AGENT};
 * agent, customer and chat-widget writes and {@code refresh} need {@link Roles#ADMIN}.
 */
@GraphQLApi
public class MutationGraphQLApi {

    private static final String CMID_DOC = "Optional: the caller's id for this write; a retry with the same id "
            + "within 24 hours answers the first result without writing again.";

    @Inject
    WriteService writes;

    @Inject
    CustomerService customers;

    @Inject
    VendorRegistry registry;

    @Inject
    Fields fields;

    @Mutation("createAgent")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Creates an agent: Gaglers POST /user/, Blinger POST /agents, GB Talk add-user (agent). "
            + "Gladly has no such call (UNSUPPORTED_BY_VENDOR).")
    public Agent createAgent(@NonNull CreateAgentInput input) {
        Vendor vendor = Checks.enabled(registry, input.vendor(), path("input", "vendor"));
        String name = Checks.text(input.name(), Checks.MAX_TEXT, true, path("input", "name"));
        String username = optionalText(input.username(), "username");
        String password = optionalText(input.password(), "password");
        String gmailId = Checks.email(input.gmailId(), path("input", "gmailId"));
        if (vendor == Vendor.GAGLERS && gmailId == null && (username == null || password == null)) {
            throw SwitchboardException.badInput(path("input", "username"),
                    "Gaglers needs a username and a password, or a gmailId");
        }
        AgentDraft draft = new AgentDraft(name, Checks.email(input.email(), path("input", "email")), username,
                password, gmailId, Checks.url(input.avatarUrl(), false, path("input", "avatarUrl")), input.status(),
                input.active(), Checks.text(input.serviceUserId(), Checks.MAX_TEXT, false,
                        path("input", "serviceUserId")));
        return Agent.of(writes.createAgent(vendor, draft, input.clientMutationId()));
    }

    @Mutation("updateAgent")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Changes an agent: Blinger PUT /agents/{id}, GB Talk update-user.")
    public Agent updateAgent(@NonNull @Id @Name("id") String id, @NonNull UpdateAgentInput input) {
        GlobalId agent = Checks.id(registry, id, io.switchboard.domain.Agent.TYPE, path("id"));
        AgentChanges changes = new AgentChanges(
                optionalText(input.name(), "name"),
                Checks.email(input.email(), path("input", "email")),
                Checks.url(input.avatarUrl(), false, path("input", "avatarUrl")), input.status(), input.active());
        return Agent.of(writes.updateAgent(agent, changes, input.clientMutationId()));
    }

    @Mutation("createCustomer")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Creates a customer: GB Talk add-user, Gladly POST /customer-profiles (409 on a taken email or "
            + "phone: VENDOR_REJECTED).")
    public Customer createCustomer(@NonNull CreateCustomerInput input) {
        Vendor vendor = Checks.enabled(registry, input.vendor, path("input", "vendor"));
        if (vendor == Vendor.GLADLY && input.type != null && input.type != CustomerType.USER) {
            throw SwitchboardException.badInput(path("input", "type"), "Gladly customer profiles are always USER");
        }
        CustomerDraft draft = new CustomerDraft(
                optionalText(input.name, "name"),
                optionalText(input.firstName, "firstName"),
                optionalText(input.lastName, "lastName"),
                Checks.emails(input.emails, path("input", "emails")),
                Checks.phones(input.phones, path("input", "phones")), input.type);
        if (draft.name() == null && draft.firstName() == null && draft.lastName() == null
                && (draft.emails() == null || draft.emails().isEmpty())
                && (draft.phones() == null || draft.phones().isEmpty())) {
            throw SwitchboardException.badInput(path("input"), "A customer needs a name, an email or a phone");
        }
        return Customer.of(writes.createCustomer(vendor, draft, input.clientMutationId));
    }

    @Mutation("updateCustomer")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Changes a customer: GB Talk update-user, Gladly PATCH /customer-profiles/{id}.")
    public Customer updateCustomer(@NonNull @Id @Name("id") String id, @NonNull UpdateCustomerInput input) {
        GlobalId customer = Checks.id(registry, id, io.switchboard.domain.Customer.TYPE, path("id"));
        CustomerChanges changes = new CustomerChanges(
                optionalText(input.name, "name"),
                optionalText(input.firstName, "firstName"),
                optionalText(input.lastName, "lastName"),
                Checks.emails(input.emails, path("input", "emails")),
                Checks.phones(input.phones, path("input", "phones")));
        return Customer.of(writes.updateCustomer(customer, changes, input.clientMutationId));
    }

    @Mutation("createConversation")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Starts a conversation with a customer: GB Talk new-conversation.")
    public Conversation createConversation(@NonNull CreateConversationInput input) {
        GlobalId customer = Checks.id(registry, input.customerId(), io.switchboard.domain.Customer.TYPE,
                path("input", "customerId"));
        GlobalId assignee = Checks.sameVendor(registry, input.assigneeId(), io.switchboard.domain.Agent.TYPE,
                customer.vendor(), path("input", "assigneeId"));
        return Conversation.of(writes.createConversation(customer,
                optionalText(input.title(), "title"), input.status(), assignee,
                input.clientMutationId()));
    }

    @Mutation("updateConversationStatus")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Sets a conversation's status: GB Talk update-conversation-status, Gladly PATCH (OPEN and CLOSED "
            + "only; other statuses are BAD_USER_INPUT).")
    public Conversation updateConversationStatus(@NonNull @Id @Name("id") String id,
            @NonNull @Name("status") ConversationStatus status,
            @Name("clientMutationId") @Description(CMID_DOC) String clientMutationId) {
        GlobalId conversation = Checks.id(registry, id, io.switchboard.domain.Conversation.TYPE, path("id"));
        if (conversation.vendor() == Vendor.GLADLY && status != ConversationStatus.OPEN
                && status != ConversationStatus.CLOSED) {
            throw SwitchboardException.badInput(path("status"), "Gladly can only set OPEN or CLOSED");
        }
        return Conversation.of(writes.updateConversationStatus(conversation, status, clientMutationId));
    }

    @Mutation("assignConversation")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Assigns a conversation to an agent of the same vendor, or unassigns it without agentId: GB Talk "
            + "update-conversation-agent, Gladly PATCH assignee.")
    public Conversation assignConversation(@NonNull @Id @Name("id") String id, @Id @Name("agentId") String agentId,
            @Name("clientMutationId") @Description(CMID_DOC) String clientMutationId) {
        GlobalId conversation = Checks.id(registry, id, io.switchboard.domain.Conversation.TYPE, path("id"));
        GlobalId agent = Checks.sameVendor(registry, agentId, io.switchboard.domain.Agent.TYPE, conversation.vendor(),
                path("agentId"));
        return Conversation.of(writes.assignConversation(conversation, agent, clientMutationId));
    }

    @Mutation("sendMessage")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Sends a message: GB Talk send-message (attachments as [[name, link]]); Gladly replies to the "
            + "conversation's last customer message, where Gladly allows it.")
    public Message sendMessage(@NonNull SendMessageInput input) {
        GlobalId conversation = Checks.id(registry, input.conversationId, io.switchboard.domain.Conversation.TYPE,
                path("input", "conversationId"));
        String body = Checks.text(input.body, Checks.MAX_BODY, true, path("input", "body"));
        GlobalId author = Checks.sameVendor(registry, input.authorId, io.switchboard.domain.Agent.TYPE,
                conversation.vendor(), path("input", "authorId"));
        List<io.switchboard.domain.Attachment> attachments = new ArrayList<>();
        List<AttachmentInput> given = input.attachments == null ? List.of() : input.attachments;
        if (given.size() > 10) {
            throw SwitchboardException.badInput(path("input", "attachments"), "At most 10 attachments");
        }
        for (int i = 0; i < given.size(); i++) {
            attachments.add(new io.switchboard.domain.Attachment(
                    Checks.text(given.get(i).name(), Checks.MAX_TEXT, true, path("input", "attachments", i, "name")),
                    Checks.url(given.get(i).url(), true, path("input", "attachments", i, "url"))));
        }
        return Message.of(writes.sendMessage(conversation, body, author, attachments, input.clientMutationId));
    }

    @Mutation("addNote")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Adds an internal note: GB Talk add-note, Gladly POST /conversations/{id}/notes.")
    public Note addNote(@NonNull AddNoteInput input) {
        GlobalId conversation = Checks.id(registry, input.conversationId(), io.switchboard.domain.Conversation.TYPE,
                path("input", "conversationId"));
        return Note.of(writes.addNote(conversation,
                Checks.text(input.body(), Checks.MAX_BODY, true, path("input", "body")),
                Checks.sameVendor(registry, input.authorId(), io.switchboard.domain.Agent.TYPE, conversation.vendor(),
                        path("input", "authorId")),
                optionalText(input.title(), "title"),
                input.clientMutationId()));
    }

    @Mutation("rateArticle")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Rates an article helpful or not: GB Talk article-ratings.")
    public ArticleRating rateArticle(@NonNull @Id @Name("id") String id, @NonNull @Name("helpful") boolean helpful,
            @Name("clientMutationId") @Description(CMID_DOC) String clientMutationId) {
        GlobalId article = Checks.id(registry, id, io.switchboard.domain.Article.TYPE, path("id"));
        return ArticleRating.of(writes.rateArticle(article, helpful, clientMutationId));
    }

    @Mutation("sendSms")
    @RolesAllowed(Roles.AGENT)
    @NonNull
    @Description("Sends an SMS to a customer's mobile number: Gladly POST /communications/sms.")
    public SmsReceipt sendSms(@NonNull SendSmsInput input) {
        Vendor vendor = Checks.enabled(registry, Vendor.GLADLY, path("input"));
        io.switchboard.domain.SmsReceipt receipt = writes.sendSms(vendor,
                Checks.phone(input.to(), path("input", "to")), Checks.phone(input.from(), path("input", "from")),
                Checks.text(input.body(), 1600, true, path("input", "body")), input.clientMutationId());
        Customer customer = null;
        if (receipt.customerRemoteId() != null) {
            try {
                customer = Customer.of(customers.get(GlobalId.of(vendor, io.switchboard.domain.Customer.TYPE,
                        receipt.customerRemoteId()), fields.notes()));
            } catch (SwitchboardException lookupFailed) {
                fields.notes().vendorFailed(lookupFailed); // the SMS went out; only the profile could not be read
            }
        }
        return new SmsReceipt(customer, receipt.conversationItemId());
    }

    @Mutation("createChatWidget")
    @RolesAllowed(Roles.ADMIN)
    @NonNull
    @Description("Creates a Gaglers chat widget (POST /topic/) whose operators are Gaglers agents.")
    public ChatWidget createChatWidget(@NonNull CreateChatWidgetInput input) {
        Vendor vendor = Checks.enabled(registry, Vendor.GAGLERS, path("input"));
        List<String> operators = new ArrayList<>();
        if (input.operatorIds() == null || input.operatorIds().isEmpty()) {
            throw SwitchboardException.badInput(path("input", "operatorIds"), "A chat widget needs at least one operator");
        }
        for (int i = 0; i < input.operatorIds().size(); i++) {
            operators.add(Checks.sameVendor(registry, input.operatorIds().get(i), io.switchboard.domain.Agent.TYPE,
                    vendor, path("input", "operatorIds", i)).remoteId());
        }
        return ChatWidget.of(writes.createChatWidget(vendor,
                Checks.url(input.siteUrl(), true, path("input", "siteUrl")),
                Checks.text(input.name(), Checks.MAX_TEXT, true, path("input", "name")), operators,
                input.clientMutationId()));
    }

    @Mutation("refresh")
    @RolesAllowed(Roles.ADMIN)
    @Description("Drops the cached copy of an object and fetches it again from its vendor.")
    public Node refresh(@NonNull @Id @Name("id") String id) {
        GlobalId globalId;
        try {
            globalId = registry.requireEnabled(GlobalId.parse(id));
        } catch (SwitchboardException e) {
            throw SwitchboardException.badInput(path("id"), e.getMessage());
        }
        Object refreshed = writes.refresh(globalId, fields.notes());
        if (refreshed instanceof io.switchboard.domain.Agent a) {
            return Agent.of(a);
        } else if (refreshed instanceof io.switchboard.domain.Customer c) {
            return Customer.of(c);
        } else if (refreshed instanceof io.switchboard.domain.Conversation c) {
            return Conversation.of(c);
        } else if (refreshed instanceof io.switchboard.domain.Answer a) {
            return Answer.of(a);
        } else if (refreshed instanceof io.switchboard.domain.Article a) {
            return Article.of(a);
        }
        return ChatWidget.of((io.switchboard.domain.ChatWidget) refreshed);
    }

    /** An optional short text field of the input: trimmed, null when blank, refused when too long. */
    private static String optionalText(String value, String field) {
        return Checks.text(value, Checks.MAX_TEXT, false, path("input", field));
    }
}
