package io.switchboard.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.switchboard.config.Secrets;
import io.switchboard.config.SwitchboardConfig;

/**
 * Installs Switchboard's instrumentation when SmallRye GraphQL builds the engine: the caller limits (query depth
 * and complexity, from {@code switchboard.graphql.*}) and the response shaping and caching of
 * {@link SwitchboardInstrumentation}.
 * It replaces SmallRye's own chain, which holds only the depth and complexity limits configured here instead.
 */
@ApplicationScoped
public class GraphQLSetup {

    @Inject
    SwitchboardConfig config;

    @Inject
    Secrets secrets;

    @Inject
    ResponseCache responses;

    void configure(@Observes GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(config.graphql().maxDepth()),
                new MaxQueryComplexityInstrumentation(config.graphql().maxComplexity()),
                new SwitchboardInstrumentation(secrets, responses))));
    }
}
