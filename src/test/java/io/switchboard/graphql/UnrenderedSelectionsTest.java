package io.switchboard.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;

class UnrenderedSelectionsTest {

    private static final GraphQLObjectType CUSTOMER = GraphQLObjectType.newObject().name("Customer")
            .field(GraphQLFieldDefinition.newFieldDefinition().name("name").type(Scalars.GraphQLString))
            .build();

    private final UnrenderedSelections selections = new UnrenderedSelections();

    @Test
    void aPropertyHoldingObjectsIsFetchedWithoutItsSelection() throws Exception {
        var recording = new RecordingFieldFetcher();
        var source = new Object();

        DataFetcher<?> fetcher = selections.fetcher(recording,
                field("customers", GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(CUSTOMER)))));
        Object fetched = fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build());

        assertNotSame(recording, fetcher);
        assertEquals("fetched", fetched);
        DataFetchingEnvironment seen = recording.seen.get();
        assertSame(source, seen.getSource());
        DataFetchingFieldSelectionSet selection = seen.getSelectionSet();
        assertTrue(selection.getFields().isEmpty());
        assertTrue(selection.getImmediateFields().isEmpty());
        assertFalse(selection.contains("name"));
        assertTrue(selection.getFieldsGroupedByResultKey().isEmpty());
    }

    @Test
    void theSameFieldKeepsOneFetcher() {
        var recording = new RecordingFieldFetcher();
        GraphQLFieldDefinition customer = field("customer", CUSTOMER);

        assertSame(selections.fetcher(recording, customer), selections.fetcher(recording, customer));
    }

    @Test
    void scalarFieldsAndResolversKeepTheirFetcher() {
        var recording = new RecordingFieldFetcher();
        DataFetcher<Object> resolver = environment -> "resolved";

        assertSame(recording, selections.fetcher(recording, field("names", GraphQLList.list(Scalars.GraphQLString))));
        assertSame(resolver, selections.fetcher(resolver, field("customer", CUSTOMER)));
    }

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).build();
    }

    /** SmallRye's property fetcher, recording the environment it is handed instead of reading a property. */
    private static final class RecordingFieldFetcher extends FieldDataFetcher<Object> {

        final AtomicReference<DataFetchingEnvironment> seen = new AtomicReference<>();

        RecordingFieldFetcher() {
            super(new Field(), null, new Reference());
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            seen.set(environment);
            return "fetched";
        }
    }
}
