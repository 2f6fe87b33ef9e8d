package io.switchboard.graphql;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.graphql.types.Agent;
import io.switchboard.graphql.types.Answer;
import io.switchboard.graphql.types.Article;
import io.switchboard.graphql.types.ChatWidget;
import io.switchboard.graphql.types.Conversation;
import io.switchboard.graphql.types.Customer;
import io.switchboard.graphql.types.Node;
import io.switchboard.graphql.types.VendorInfo;
import io.switchboard.security.Roles;
import io.switchboard.service.AgentService;
import io.switchboard.service.AnswerService;
import io.switchboard.service.ArticleService;
import io.switchboard.service.ConversationService;
import io.switchboard.service.CustomerService;
import io.switchboard.service.Notes;
import io.switchboard.service.VendorHealth;
import io.switchboard.service.WidgetService;
import io.switchboard.vendor.VendorRegistry;
import io.switchboard.vendor.resilience.VendorGuards;

/** Fetching any object by global id, and the vendors' state. */
@GraphQLApi
public class NodeGraphQLApi {

    @Inject
    AgentService agents;

    @Inject
    CustomerService customers;

    @Inject
    ConversationService conversations;

    @Inject
    AnswerService answers;

    @Inject
    ArticleService articles;

    @Inject
    WidgetService widgets;

    @Inject
    VendorRegistry registry;

    @Inject
    VendorHealth health;

    @Inject
    VendorGuards guards;

    @Inject
    Fields fields;

    @Query("node")
    @RolesAllowed(Roles.VIEWER)
    @Description("Any object by global id: Agent, Customer, Conversation, Answer, Article or ChatWidget.")
    public Node node(@NonNull @Id @Name("id") String id) {
        GlobalId globalId = registry.requireEnabled(GlobalId.parse(id));
        Notes notes = fields.notes();
        return switch (globalId.type()) {
            case io.switchboard.domain.Agent.TYPE -> Agent.of(agents.get(globalId, notes));
            case io.switchboard.domain.Customer.TYPE -> Customer.of(customers.get(globalId, notes));
            case io.switchboard.domain.Conversation.TYPE -> Conversation.of(conversations.get(globalId, notes));
            case io.switchboard.domain.Answer.TYPE -> Answer.of(answers.get(globalId, notes));
            case io.switchboard.domain.Article.TYPE -> Article.of(articles.get(globalId, notes));
            case io.switchboard.domain.ChatWidget.TYPE -> ChatWidget.of(widgets.get(globalId, notes));
            case io.switchboard.domain.Message.TYPE -> throw SwitchboardException.unsupported(globalId.vendor(),
                    "fetching a single message by id; read it through its conversation");
            default -> throw SwitchboardException.badUserInput(globalId.type() + " ids do not name a Node");
        };
    }

    @Query("vendors")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Every vendor Switchboard knows: whether it is configured, its circuit breaker and its last error.")
    public List<@NonNull VendorInfo> vendors() {
        fields.notes().live(); // circuit states and last errors change by the second
        return Arrays.stream(Vendor.values())
                .map(vendor -> new VendorInfo(vendor, registry.enabled(vendor),
                        registry.enabled(vendor) ? guards.circuitState(vendor) : null,
                        health.lastError(vendor).orElse(null)))
                .toList();
    }
}
