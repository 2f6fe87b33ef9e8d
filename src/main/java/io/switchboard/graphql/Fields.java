package io.switchboard.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.switchboard.service.Notes;

/** Gives resolvers the {@link Notes} of the field they are resolving. */
@ApplicationScoped
public class Fields {

    @Inject
    Context context;

    /** Notes bound to the current field; errors noted here carry its path. */
    public Notes notes() {
        return RequestNotes.forField(context.unwrap(DataFetchingEnvironment.class));
    }
}
