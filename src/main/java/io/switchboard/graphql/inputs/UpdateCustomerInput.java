package io.switchboard.graphql.inputs;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

// A class rather than a record: SmallRye reads a record component's element @NonNull as the list's own.
@Input("UpdateCustomerInput")
@Description("Changes to a customer; fields left out stay as they are, lists replace the whole list.")
public class UpdateCustomerInput {

    @Description("New full name.")
    public String name;

    @Description("New first name.")
    public String firstName;

    @Description("New last name.")
    public String lastName;

    @Description("All email addresses.")
    public List<@NonNull String> emails;

    @Description("All phone numbers, E.164.")
    public List<@NonNull String> phones;

    @Description("Optional: the caller's id for this write. A retry with the same id within 24 hours answers the first result without writing again.")
    public String clientMutationId;
}
