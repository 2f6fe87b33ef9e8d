package io.switchboard.graphql.inputs;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.switchboard.domain.CustomerType;
import io.switchboard.domain.Vendor;

// A class rather than a record: SmallRye reads a record component's element @NonNull as the list's own.
@Input("CreateCustomerInput")
@Description("A new customer: a Gladly profile or a GB Talk user.")
public class CreateCustomerInput {

    @NonNull @Description("GLADLY or GBTALK.")
    public Vendor vendor;

    @Description("Full name.")
    public String name;

    @Description("First name.")
    public String firstName;

    @Description("Last name.")
    public String lastName;

    @Description("Email addresses; the first is the primary one.")
    public List<@NonNull String> emails;

    @Description("Phone numbers in E.164 form, e.g. +15035550142.")
    public List<@NonNull String> phones;

    @Description("GB Talk user type (default USER); Gladly profiles are always USER.")
    public CustomerType type;

    @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.")
    public String clientMutationId;
}
