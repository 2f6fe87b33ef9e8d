package io.switchboard.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.RoutingContext;

/**
 * Tells whether a request is for the GraphQL endpoint: {@code /graphql} itself (POST, GET and the WebSocket upgrade)
 * and everything under it, such as {@code /graphql/schema.graphql}. The normalised path is the one the router
 * matches routes against, so {@code //graphql} or {@code /q/../graphql} are recognised too.
 */
@ApplicationScoped
public class GraphQLPaths {

    private final String root;

    GraphQLPaths(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String root) {
        String path = root.startsWith("/") ? root : "/" + root;
        this.root = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    public boolean matches(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals(root) || path.startsWith(root + "/");
    }
}
