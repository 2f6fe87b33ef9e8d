package io.switchboard.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.switchboard.domain.Vendor;
import io.switchboard.graphql.types.ConversationConnection;
import io.switchboard.graphql.types.Customer;
import io.switchboard.graphql.types.CustomerConnection;
import io.switchboard.security.Roles;
import io.switchboard.service.CustomerService;

/** Customers of Gladly and GB Talk. */
@GraphQLApi
public class CustomerGraphQLApi {

    @Inject
    CustomerService customers;

    @Inject
    Fields fields;

    @Query("customers")
    @RolesAllowed(Roles.VIEWER)
    @NonNull
    @Description("Customers, merged in vendor order. GB Talk lists all its visitors, leads and users; Gladly can only "
            + "search, by email or phone (an email argument, or a search text that is an email or an E.164 number).")
    public CustomerConnection customers(@Description("Only this vendor's customers.") Vendor vendor,
            @Description("Free text: name, email or phone.") String search,
            @Description("An exact email address.") String email,
            @Description("Page size (default 20, at most 100).") Integer first,
            @Description("Continue after this cursor.") String after) {
        return CustomerConnection.of(customers.list(vendor, search, email, first, after, fields.notes()));
    }

    @Query("customer")
    @RolesAllowed(Roles.VIEWER)
    @Description("One customer by global id; null with NOT_FOUND when the vendor does not know it.")
    public Customer customer(@NonNull @Id @Name("id") String id) {
        return Customer.of(customers.get(customers.parseId(id), fields.notes()));
    }

    @Name("conversations")
    @NonNull
    @Description("The customer's conversations.")
    public ConversationConnection conversations(@Source Customer customer, Integer first, String after) {
        return ConversationConnection.of(customers.conversations(customer.domain(), first, after, fields.notes()));
    }
}
