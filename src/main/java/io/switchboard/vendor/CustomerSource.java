package io.switchboard.vendor;

import java.util.Map;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.Conversation;
import io.switchboard.domain.Customer;
import io.switchboard.domain.Page;

/** A vendor that knows customers. */
public interface CustomerSource extends VendorPort {

    /**
     * One page of customers matching the query. A vendor that cannot run this query (Gladly without an email or
     * phone) fails with {@code UNSUPPORTED_BY_VENDOR}; cross-vendor lists then leave it out quietly.
     */
    Uni<Page<Customer>> listCustomers(CustomerQuery query, String pageToken);

    /** The customers with these remote ids; unknown ids are absent from the map. */
    Uni<Map<String, Customer>> getCustomers(Set<String> remoteIds);

    /** One page of a customer's conversations. */
    Uni<Page<Conversation>> listCustomerConversations(String customerRemoteId, String pageToken);

    /**
     * @param search free text (name, email, phone), or null
     * @param email an exact email address, or null
     */
    record CustomerQuery(String search, String email) {
    }
}
