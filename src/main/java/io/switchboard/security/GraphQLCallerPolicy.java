package io.switchboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.vertx.ext.web.RoutingContext;

/**
 * With {@code switchboard.auth.enabled}, lets only authenticated callers reach the GraphQL endpoint. Quarkus answers
 * a refused anonymous caller with the challenge of {@link CallerAuthentication}: 401 and an {@code UNAUTHENTICATED}
 * GraphQL error. Health, metrics and the GraphQL UI's static files stay open: probes and scrapers carry no token, and
 * the UI asks for one when it calls the API. Which roles a caller needs is decided per field by
 * {@code @RolesAllowed}, so that a forbidden field fails alone.
 * <p>
 * A policy without a name is a global one: Quarkus runs it for every request.
 */
@ApplicationScoped
public class GraphQLCallerPolicy implements HttpSecurityPolicy {

    @Inject
    SwitchboardConfig config;

    @Inject
    GraphQLPaths graphQLPaths;

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (!config.auth().enabled() || !graphQLPaths.matches(request)) {
            return CheckResult.permit();
        }
        return identity.map(caller -> caller.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
    }
}
