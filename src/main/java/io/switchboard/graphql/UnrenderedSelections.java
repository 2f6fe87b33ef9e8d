package io.switchboard.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Spares SmallRye GraphQL from rendering, for every object a list holds, the selection below it. Before each fetch
 * of a property or a batch field, SmallRye builds that field's context for resolvers to inject, and with it the
 * field's whole sub-selection as JSON, twice. For an object-valued field that is graphql-java working out the
 * sub-selection and SmallRye copying it into JSON, once per edge, node, customer, assignee and last message: a fifth
 * of the CPU of the benchmark's uncached 50-conversation query (README, Performance). Nothing in Switchboard reads
 * those selections (its batch resolvers take the field's {@code Notes} and path from the context, not its
 * selection), so these two kinds of fetchers see an empty selection set; root fields, which run once per query, keep
 * theirs. A batch resolver that comes to need its selection must be left out here.
 */
final class UnrenderedSelections {

    private final Map<DataFetcher<?>, DataFetcher<?>> fetchers = new ConcurrentHashMap<>();

    /**
     * The fetcher to run for a field: SmallRye's own for a scalar or enum field (whose selection is empty anyway)
     * and for root and other resolvers, otherwise SmallRye's own handed an environment without selection.
     */
    DataFetcher<?> fetcher(DataFetcher<?> fetcher, GraphQLFieldDefinition field) {
        if (!(fetcher instanceof FieldDataFetcher<?> || fetcher instanceof BatchDataFetcher<?>)) {
            return fetcher;
        }
        return fetchers.computeIfAbsent(fetcher,
                original -> GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()))
                        ? original
                        : environment -> original.get(new WithoutSelection(environment)));
    }

    private static final class WithoutSelection extends DelegatingDataFetchingEnvironment {

        WithoutSelection(DataFetchingEnvironment environment) {
            super(environment);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return NoSelection.INSTANCE;
        }
    }

    private enum NoSelection implements DataFetchingFieldSelectionSet {
        INSTANCE;

        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern,
                String... fieldGlobPatterns) {
            return Map.of();
        }
    }
}
