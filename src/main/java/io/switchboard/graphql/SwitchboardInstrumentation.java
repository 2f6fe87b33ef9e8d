package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.switchboard.config.Secrets;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every execution its {@link RequestNotes} and, when it ends, shapes the response: errors normalised to the
 * contract's codes, the partial-result errors the services noted, and a {@code stale} extension naming the vendors
 * served from older copies. Property and batch fields are fetched without rendering their selection
 * ({@link UnrenderedSelections}). A query's answer that may be replayed is offered to the {@link ResponseCache}; the end
 * of an execution gives its request's turn back to {@link RequestAdmission}.
 */
final class SwitchboardInstrumentation extends SimplePerformantInstrumentation {

    private static final String FILL = ResponseCache.Fill.class.getName();
    private static final String TURN = RequestAdmission.Turn.class.getName();

    private final Secrets secrets;
    private final ResponseCache responses;
    private final Supplier<RoutingContext> currentRequest;
    private final UnrenderedSelections selections = new UnrenderedSelections();

    /** @param currentRequest the HTTP request the calling thread executes, or null (a WebSocket operation) */
    SwitchboardInstrumentation(Secrets secrets, ResponseCache responses, Supplier<RoutingContext> currentRequest) {
        this.secrets = secrets;
        this.responses = responses;
        this.currentRequest = currentRequest;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RequestNotes.attach(executionInput.getGraphQLContext());
        RoutingContext request = currentRequest.get(); // read here, on the thread that holds the HTTP request
        if (request != null) {
            ResponseCache.Fill fill = ResponseCache.fillOf(request);
            if (fill != null) {
                executionInput.getGraphQLContext().put(FILL, fill);
            }
            RequestAdmission.Turn turn = RequestAdmission.turnOf(request);
            if (turn != null) {
                executionInput.getGraphQLContext().put(TURN, turn);
            }
        }
        return executionInput;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        RequestAdmission.Turn turn = parameters.getGraphQLContext().get(TURN);
        return turn == null ? super.beginExecution(parameters, state)
                : SimpleInstrumentationContext.whenCompleted((result, failure) -> turn.end());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var executionContext = parameters.getExecutionContext();
        if (executionContext.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            RequestNotes.of(executionContext.getGraphQLContext()).neverReplay(); // a write's answer is its own
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return selections.fetcher(dataFetcher, parameters.getField());
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RequestNotes notes = RequestNotes.of(parameters.getGraphQLContext());
        List<GraphQLError> errors = new ArrayList<>();
        result.getErrors().forEach(error -> errors.add(redacted(GraphQLErrors.normalise(error))));
        notes.errors().forEach(error -> errors.add(redacted(error)));
        var stale = notes.staleExtension();
        ExecutionResult shaped = result.transform(builder -> {
            builder.errors(errors);
            if (!stale.isEmpty()) {
                builder.addExtension("stale", stale);
            }
        });
        ResponseCache.Fill fill = parameters.getGraphQLContext().get(FILL);
        if (fill != null && errors.isEmpty()) {
            notes.replayableUntil().ifPresent(until -> responses.offer(fill, shaped.toSpecification(), until));
        }
        return CompletableFuture.completedFuture(shaped);
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
