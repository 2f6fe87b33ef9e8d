package io.switchboard.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.spi.EventingService;
import io.switchboard.config.Secrets;
import io.switchboard.config.SwitchboardConfig;
import io.vertx.ext.web.RoutingContext;

/**
 * Installs Switchboard's instrumentation when SmallRye GraphQL builds the engine: the caller limits (query depth
 * and complexity, from {@code switchboard.graphql.*}) and the response shaping and caching of
 * {@link SwitchboardInstrumentation}.
 * It replaces SmallRye's own chain, which holds only the depth and complexity limits configured here instead.
 */
@ApplicationScoped
@Unremovable
public class GraphQLSetup {

    @Inject
    SwitchboardConfig config;

    @Inject
    Secrets secrets;

    @Inject
    ResponseCache responses;

    @Inject
    CurrentVertxRequest currentRequest;

    void configure(GraphQL.Builder builder) {
        builder.instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(config.graphql().maxDepth()),
                new MaxQueryComplexityInstrumentation(config.graphql().maxComplexity()),
                new SwitchboardInstrumentation(secrets, responses, this::currentRequest))));
    }

    /** The HTTP request the calling thread executes, or null outside one. */
    private RoutingContext currentRequest() {
        return Arc.container().requestContext().isActive() ? currentRequest.getCurrent() : null;
    }

    /**
     * Hands SmallRye GraphQL's engine builder to {@link GraphQLSetup}. SmallRye finds it through the
     * {@link java.util.ServiceLoader} ({@code META-INF/services}) rather than as a CDI observer: its CDI events
     * ({@code quarkus.smallrye-graphql.events.enabled}) would also fire an event, resolving its observers anew,
     * around every resolver call: for each of the 50 conversations' batch fields in the benchmark's query.
     */
    public static class Hook implements EventingService {

        /** No key: always on. */
        @Override
        public String getConfigKey() {
            return null;
        }

        @Override
        public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
            Arc.container().instance(GraphQLSetup.class).get().configure(builder);
            return builder;
        }
    }
}
