package io.switchboard.service;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.Customer;
import io.switchboard.domain.Vendor;
import io.switchboard.service.Pager.Listing;
import io.switchboard.service.Pager.Slice;
import io.switchboard.vendor.CustomerSource.CustomerQuery;

/** Customers of Gladly (profiles) and GB Talk (visitors, leads, users). */
@ApplicationScoped
public class CustomerService extends Lookup<Customer> {

    @Inject
    Pager pager;

    @Override
    protected String type() {
        return Customer.TYPE;
    }

    @Override
    protected Class<Customer> modelType() {
        return Customer.class;
    }

    @Override
    protected Uni<Map<String, Customer>> fetch(Vendor vendor, Set<String> remoteIds) {
        return registry.customers(vendor).getCustomers(remoteIds);
    }

    public Slice<Customer> list(Vendor vendor, String search, String email, Integer first, String after, Notes notes) {
        CustomerQuery query = new CustomerQuery(Inputs.text("search", search), Inputs.email("email", email));
        List<Vendor> vendors = registry.vendorsFor(vendor, registry.customerSources());
        Listing<Customer> listing = new Listing<>(Customer.TYPE, Customer.class,
                "Customer:" + Inputs.key("q", query.search(), "email", query.email()), vendors,
                (v, token) -> registry.customers(v).listCustomers(query, token), vendor != null);
        return pager.page(listing, first, after, notes);
    }

    public Slice<Conversation> conversations(Customer customer, Integer first, String after, Notes notes) {
        Listing<Conversation> listing = new Listing<>(Conversation.TYPE, Conversation.class,
                "Conversation:customer=" + customer.remoteId(), List.of(customer.vendor()),
                (v, token) -> registry.customers(v).listCustomerConversations(customer.remoteId(), token), false);
        return pager.page(listing, first, after, notes);
    }
}
