package io.switchboard.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.graphql.GraphQLErrors;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * How callers of the GraphQL endpoint prove who they are: the MicroProfile JWT bearer token (signature, issuer,
 * expiry). Nothing is read while {@code switchboard.auth.enabled} is false, so that a stray {@code Authorization}
 * header cannot fail a request in dev mode, nor on other paths. It replaces the JWT mechanism (an alternative wins
 * over it) and delegates to it.
 * <p>
 * A GraphQL caller that is refused gets what a GraphQL client can read: HTTP 401 with
 * {@code WWW-Authenticate: Bearer} and a GraphQL error response whose code is {@code UNAUTHENTICATED}. The body says
 * the same for a missing, malformed, expired or foreign token, so it tells an attacker nothing.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {

    /** Where Quarkus looks for the mechanism that sends the challenge of a failed authentication. */
    private static final String CHALLENGER = HttpAuthenticationMechanism.class.getName();

    @Inject
    JWTAuthMechanism jwt;

    @Inject
    SwitchboardConfig config;

    @Inject
    GraphQLPaths graphQLPaths;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!config.auth().enabled() || !graphQLPaths.matches(context)) {
            // No identity: the caller is anonymous. With auth off CallerRoles grants it every role; elsewhere than
            // the GraphQL endpoint (health, metrics, the UI's pages) a token means nothing and cannot fail a probe.
            return Uni.createFrom().nullItem();
        }
        Uni<SecurityIdentity> identity = jwt.authenticate(context, identityProviderManager);
        // The JWT mechanism names itself as the one to challenge a caller whose token fails; the challenge is ours.
        if (context.get(CHALLENGER) != null) {
            context.put(CHALLENGER, this);
        }
        return identity;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!graphQLPaths.matches(context)) {
            return HttpAuthenticationMechanism.super.sendChallenge(context);
        }
        String body = new JsonObject(GraphQLErrors.unauthenticated()).encode();
        return jwt.getChallenge(context).map(challenge -> {
            HttpServerResponse response = context.response().setStatusCode(challenge.status);
            challenge.getHeaders().forEach(response::putHeader);
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/graphql-response+json; charset=utf-8")
                    .end(body);
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return jwt.getPriority();
    }
}
