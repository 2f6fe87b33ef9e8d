package io.switchboard.graphql.types;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Vendor;

@Type("Customer")
@Description("Someone the organisation supports: a Gladly customer profile or a GB Talk visitor, lead or user.")
public final class Customer implements Node, Participant {

    private final io.switchboard.domain.Customer customer;

    private Customer(io.switchboard.domain.Customer customer) {
        this.customer = customer;
    }

    public static Customer of(io.switchboard.domain.Customer customer) {
        return customer == null ? null : new Customer(customer);
    }

    @Ignore
    public io.switchboard.domain.Customer domain() {
        return customer;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return customer.globalId().format();
    }

    @NonNull
    @Description("GLADLY (customer profiles) or GBTALK (users of type visitor, lead, user).")
    public Vendor getVendor() {
        return customer.vendor();
    }

    @NonNull
    @Description("The vendor's own id of the customer.")
    public String getRemoteId() {
        return customer.remoteId();
    }

    @Description("Full name.")
    public String getName() {
        return customer.name();
    }

    @Description("First name.")
    public String getFirstName() {
        return customer.firstName();
    }

    @Description("Last name.")
    public String getLastName() {
        return customer.lastName();
    }

    @NonNull
    @Description("Email addresses, primary first where the vendor says.")
    public List<@NonNull String> getEmails() {
        return customer.emails();
    }

    @NonNull
    @Description("Phone numbers, E.164 where the vendor normalises them.")
    public List<@NonNull String> getPhones() {
        return customer.phones();
    }

    @Description("Avatar image URL.")
    public String getAvatarUrl() {
        return customer.avatarUrl();
    }

    @NonNull
    @Description("GB Talk user type; Gladly profiles are USER.")
    public CustomerType getType() {
        return customer.type() == null ? CustomerType.USER : customer.type();
    }

    @Description("When the vendor created the customer.")
    public Instant getCreatedAt() {
        return customer.createdAt();
    }

    @Description("Last activity: GB Talk last_activity, Gladly updatedAt.")
    public Instant getLastActivityAt() {
        return customer.lastActivityAt();
    }

    @NonNull
    @Description("GB Talk user details (slug, name, value) and Gladly customAttributes.")
    public List<@NonNull Attribute> getAttributes() {
        return customer.attributes().stream().map(Attribute::of).toList();
    }
}
