package io.switchboard.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.switchboard.error.ErrorCode;
import io.switchboard.error.SwitchboardException;

/**
 * The one place where failures become GraphQL errors: every error leaves with {@code extensions.code} from the
 * contract and, where a vendor is involved, {@code extensions.vendor}. A caller refused by Quarkus security is
 * UNAUTHENTICATED (no valid token) or FORBIDDEN (a role is missing), on that field only. Anything else that is not a
 * {@link SwitchboardException} is INTERNAL, its message hidden behind a reference that is logged.
 */
public final class GraphQLErrors {

    static final String UNAUTHENTICATED_MESSAGE = "A valid bearer token is required (Authorization: Bearer <JWT>)";
    static final String FORBIDDEN_MESSAGE = "The caller's roles do not allow this field";

    private GraphQLErrors() {
    }

    /**
     * The whole GraphQL response for a caller refused before any field runs (HTTP 401): no {@code data}, one
     * {@code UNAUTHENTICATED} error. The same for every reason, so that it tells nothing about a token.
     */
    public static Map<String, Object> unauthenticated() {
        GraphQLError error = GraphqlErrorBuilder.newError().message(UNAUTHENTICATED_MESSAGE).locations(null)
                .errorType(ErrorClassification.errorClassification("Unauthenticated"))
                .extensions(Map.of("code", ErrorCode.UNAUTHENTICATED.name())).build();
        return ExecutionResult.newExecutionResult().addError(error).build().toSpecification();
    }

    static GraphQLError toError(SwitchboardException failure, GraphqlErrorBuilder<?> builder) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", failure.code().name());
        if (failure.vendor() != null) {
            extensions.put("vendor", failure.vendor().name());
        }
        if (!failure.inputPath().isEmpty()) {
            extensions.put("inputPath", failure.inputPath());
        }
        return builder.message(failure.getMessage()).errorType(classification(failure.code()))
                .extensions(extensions).build();
    }

    /** Rewrites an error that graphql-java or SmallRye produced so it follows the contract. */
    static GraphQLError normalise(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = fetching.getException();
            GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().path(error.getPath())
                    .locations(error.getLocations());
            SwitchboardException known = find(cause);
            if (known != null) {
                return toError(known, builder);
            }
            ErrorCode refused = securityCode(cause);
            if (refused != null) {
                String message = refused == ErrorCode.FORBIDDEN ? FORBIDDEN_MESSAGE : UNAUTHENTICATED_MESSAGE;
                return builder.message(message).errorType(ErrorType.DataFetchingException)
                        .extensions(Map.of("code", refused.name())).build();
            }
            String reference = UUID.randomUUID().toString();
            Log.errorf(cause, "Internal error %s at %s", reference, error.getPath());
            return builder.message("Internal error (reference " + reference + ")").errorType(ErrorType.DataFetchingException)
                    .extensions(Map.of("code", ErrorCode.INTERNAL.name())).build();
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code instanceof String name && isContractCode(name)) {
            return error;
        }
        ErrorClassification type = error.getErrorType();
        boolean callersFault = type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
                || type == ErrorType.OperationNotSupported || type == ErrorType.ExecutionAborted;
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", (callersFault ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL).name());
        return GraphqlErrorBuilder.newError().message(error.getMessage()).path(error.getPath())
                .locations(error.getLocations()).errorType(type).extensions(extensions).build();
    }

    private static SwitchboardException find(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof SwitchboardException known) {
                return known;
            }
        }
        return null;
    }

    /** FORBIDDEN or UNAUTHENTICATED when Quarkus security refused the caller, else null. */
    private static ErrorCode securityCode(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof ForbiddenException) {
                return ErrorCode.FORBIDDEN;
            }
            if (t instanceof UnauthorizedException || t instanceof AuthenticationException) {
                return ErrorCode.UNAUTHENTICATED;
            }
        }
        return null;
    }

    private static boolean isContractCode(String name) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static ErrorClassification classification(ErrorCode code) {
        return code == ErrorCode.BAD_USER_INPUT ? ErrorType.ValidationError : ErrorType.DataFetchingException;
    }
}
