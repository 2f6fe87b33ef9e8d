package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives every execution its {@link RequestNotes} and, when it ends, shapes the response: errors normalised to the
 * contract's codes, the partial-result errors the services noted, and a {@code stale} extension naming the vendors
 * served from older copies.
 */
final class SwitchboardInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RequestNotes.attach(executionInput.getGraphQLContext());
        return executionInput;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RequestNotes notes = RequestNotes.of(parameters.getGraphQLContext());
        List<GraphQLError> errors = new ArrayList<>();
        result.getErrors().forEach(error -> errors.add(GraphQLErrors.normalise(error)));
        errors.addAll(notes.errors());
        var stale = notes.staleExtension();
        return CompletableFuture.completedFuture(result.transform(builder -> {
            builder.errors(errors);
            if (!stale.isEmpty()) {
                builder.addExtension("stale", stale);
            }
        }));
    }
}
