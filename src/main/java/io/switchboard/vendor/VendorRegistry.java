package io.switchboard.vendor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.switchboard.config.SwitchboardConfig;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;

/**
 * Knows which enabled vendor serves which port: the capability table. A vendor with no adapter for a port simply
 * has no entry, and asking for it yields {@code UNSUPPORTED_BY_VENDOR} here rather than in a resolver. A fifth
 * vendor is one new folder whose adapter implements the ports it can serve.
 */
@ApplicationScoped
public class VendorRegistry {

    private final SwitchboardConfig config;
    private final Map<Vendor, AgentSource> agents;
    private final Map<Vendor, CustomerSource> customers;
    private final Map<Vendor, ConversationSource> conversations;
    private final Map<Vendor, AnswerSource> answers;
    private final Map<Vendor, ArticleSource> articles;
    private final Map<Vendor, WidgetSource> widgets;
    private final Map<Vendor, AgentWriter> agentWriters;
    private final Map<Vendor, CustomerWriter> customerWriters;
    private final Map<Vendor, ConversationWriter> conversationWriters;
    private final Map<Vendor, ArticleRater> articleRaters;
    private final Map<Vendor, SmsSender> smsSenders;
    private final Map<Vendor, WidgetWriter> widgetWriters;

    @Inject
    VendorRegistry(SwitchboardConfig config, @Any Instance<AgentSource> agents,
            @Any Instance<CustomerSource> customers, @Any Instance<ConversationSource> conversations,
            @Any Instance<AnswerSource> answers, @Any Instance<ArticleSource> articles,
            @Any Instance<WidgetSource> widgets, @Any Instance<AgentWriter> agentWriters,
            @Any Instance<CustomerWriter> customerWriters, @Any Instance<ConversationWriter> conversationWriters,
            @Any Instance<ArticleRater> articleRaters, @Any Instance<SmsSender> smsSenders,
            @Any Instance<WidgetWriter> widgetWriters) {
        this.config = config;
        this.agents = index(agents);
        this.customers = index(customers);
        this.conversations = index(conversations);
        this.answers = index(answers);
        this.articles = index(articles);
        this.widgets = index(widgets);
        this.agentWriters = index(agentWriters);
        this.customerWriters = index(customerWriters);
        this.conversationWriters = index(conversationWriters);
        this.articleRaters = index(articleRaters);
        this.smsSenders = index(smsSenders);
        this.widgetWriters = index(widgetWriters);
    }

    private <P extends VendorPort> Map<Vendor, P> index(Instance<P> ports) {
        Map<Vendor, P> byVendor = new EnumMap<>(Vendor.class);
        for (P port : ports) {
            if (config.enabled(port.vendor())) {
                byVendor.put(port.vendor(), port);
            }
        }
        return byVendor;
    }

    public boolean enabled(Vendor vendor) {
        return config.enabled(vendor);
    }

    /** Fails with BAD_USER_INPUT when the id names a vendor that is not configured. */
    public GlobalId requireEnabled(GlobalId id) {
        if (!enabled(id.vendor())) {
            throw SwitchboardException.badUserInput("Id " + id.format() + " names "
                    + SwitchboardException.vendorName(id.vendor()) + ", which is not configured");
        }
        return id;
    }

    /** The enabled vendors to ask for a list: the one the caller named, or all, in the documented merge order. */
    public List<Vendor> vendorsFor(Vendor requested, Map<Vendor, ? extends VendorPort> ports) {
        if (requested != null) {
            if (!enabled(requested)) {
                throw SwitchboardException.badUserInput(
                        SwitchboardException.vendorName(requested) + " is not configured");
            }
            return List.of(requested);
        }
        return ports.keySet().stream().sorted().toList();
    }

    public Map<Vendor, AgentSource> agentSources() {
        return agents;
    }

    public Map<Vendor, CustomerSource> customerSources() {
        return customers;
    }

    public Map<Vendor, ConversationSource> conversationSources() {
        return conversations;
    }

    public Map<Vendor, AnswerSource> answerSources() {
        return answers;
    }

    public Map<Vendor, ArticleSource> articleSources() {
        return articles;
    }

    public Map<Vendor, WidgetSource> widgetSources() {
        return widgets;
    }

    public AgentSource agents(Vendor vendor) {
        return require(agents, vendor, "agents");
    }

    public CustomerSource customers(Vendor vendor) {
        return require(customers, vendor, "customers");
    }

    public ConversationSource conversations(Vendor vendor) {
        return require(conversations, vendor, "conversations");
    }

    public AnswerSource answers(Vendor vendor) {
        return require(answers, vendor, "answers");
    }

    public ArticleSource articles(Vendor vendor) {
        return require(articles, vendor, "articles");
    }

    public WidgetSource widgets(Vendor vendor) {
        return require(widgets, vendor, "chat widgets");
    }

    public AgentWriter agentWriter(Vendor vendor) {
        return require(agentWriters, vendor, "creating or changing agents");
    }

    public CustomerWriter customerWriter(Vendor vendor) {
        return require(customerWriters, vendor, "creating or changing customers");
    }

    public ConversationWriter conversationWriter(Vendor vendor) {
        return require(conversationWriters, vendor, "changing conversations");
    }

    public ArticleRater articleRater(Vendor vendor) {
        return require(articleRaters, vendor, "rating articles");
    }

    public SmsSender smsSender(Vendor vendor) {
        return require(smsSenders, vendor, "sending SMS");
    }

    public WidgetWriter widgetWriter(Vendor vendor) {
        return require(widgetWriters, vendor, "creating chat widgets");
    }

    private <P> P require(Map<Vendor, P> ports, Vendor vendor, String what) {
        if (!enabled(vendor)) {
            throw SwitchboardException.badUserInput(SwitchboardException.vendorName(vendor) + " is not configured");
        }
        P port = ports.get(vendor);
        if (port == null) {
            throw SwitchboardException.unsupported(vendor, what);
        }
        return port;
    }
}
