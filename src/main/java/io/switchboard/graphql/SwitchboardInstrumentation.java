package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.switchboard.config.Secrets;

/**
 * Gives every execution its {@link RequestNotes} and, when it ends, shapes the response: errors normalised to the
 * contract's codes, the partial-result errors the services noted, and a {@code stale} extension naming the vendors
 * served from older copies.
 */
final class SwitchboardInstrumentation extends SimplePerformantInstrumentation {

    private final Secrets secrets;

    SwitchboardInstrumentation(Secrets secrets) {
        this.secrets = secrets;
    }

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
        result.getErrors().forEach(error -> errors.add(redacted(GraphQLErrors.normalise(error))));
        notes.errors().forEach(error -> errors.add(redacted(error)));
        var stale = notes.staleExtension();
        return CompletableFuture.completedFuture(result.transform(builder -> {
            builder.errors(errors);
            if (!stale.isEmpty()) {
                builder.addExtension("stale", stale);
            }
        }));
    }

    /** The last line of defence: a vendor may echo a credential in a reason Switchboard passes on. */
    private GraphQLError redacted(GraphQLError error) {
        if (!secrets.leaks(error.getMessage())) {
            return error;
        }
        return GraphqlErrorBuilder.newError().message(secrets.redact(error.getMessage())).path(error.getPath())
                .locations(error.getLocations()).errorType(error.getErrorType()).extensions(error.getExtensions())
                .build();
    }
}
