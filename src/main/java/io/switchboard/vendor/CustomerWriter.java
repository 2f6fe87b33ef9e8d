package io.switchboard.vendor;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Customer;
import io.switchboard.domain.CustomerType;

/** A vendor that can create and change customers (Gladly profiles, GB Talk users). Never retried. */
public interface CustomerWriter extends VendorPort {

    /** Creates the customer and answers it as the vendor now holds it. */
    default Uni<Customer> createCustomer(CustomerDraft draft) {
        return Unsupported.failure(vendor(), "creating customers");
    }

    /** Applies the non-null changes (lists replace the whole list) and answers the customer as now held. */
    default Uni<Customer> updateCustomer(String remoteId, CustomerChanges changes) {
        return Unsupported.failure(vendor(), "updating customers");
    }

    /** A new customer; emails and phones already validated (phones E.164). */
    record CustomerDraft(String name, String firstName, String lastName, List<String> emails, List<String> phones,
            CustomerType type) {
    }

    /** Changes to a customer; null means unchanged. */
    record CustomerChanges(String name, String firstName, String lastName, List<String> emails, List<String> phones) {
    }
}
