package io.switchboard.graphql;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.switchboard.config.SwitchboardConfig;
import io.switchboard.security.Roles;
import io.switchboard.store.StoreGeneration;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Replays whole GraphQL answers from memory, so that a query the store could answer again costs neither the store
 * nor a GraphQL execution. An answer is kept when it is a query's, came without errors and without stale copies,
 * and rests only on copies the store keeps ({@link RequestNotes#replayableUntil()}); it is replayed, byte for byte,
 * to the same document, operation, variables, accepted media type and caller roles until the first of those copies
 * would expire in the store.
 * <p>
 * Replicas share one database, so each answer is tagged with the {@link StoreGeneration} read before it was made,
 * and is replayed only while that is still the current one: a write through any replica moves the generation on and
 * so retires every replica's answers. Each request waits for a read of the generation that started after it
 * arrived, off the event loop, shared with the requests that arrived with it ({@link GenerationReads}); when the
 * store cannot be read, requests run as if there were no response cache.
 */
@ApplicationScoped
public class ResponseCache {

    private static final String FILL = ResponseCache.class.getName() + ".fill";

    @Inject
    SwitchboardConfig config;

    @Inject
    StoreGeneration generation;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry meters;

    private ResponseEntries<Key> entries;
    private GenerationReads reads;
    private Counter hits;
    private Counter misses;
    private Counter bypasses;

    /** What an answer is replayed to: the same request, asked by a caller holding the same roles. */
    record Key(String query, String operationName, String variables, String accept, String roles) {
    }

    /** An answer being made for a key: the instrumentation offers its body, the route keeps it once sent. */
    static final class Fill {

        private final Key key;
        private final long generation;
        private volatile Buffer body;
        private volatile Instant until;

        private Fill(Key key, long generation) {
            this.key = key;
            this.generation = generation;
        }
    }

    /** Set up when the route is registered, so that no request can find the cache half made. */
    @PostConstruct
    void start() {
        entries = new ResponseEntries<>(config.cache().responseMemory().asLongValue(), Clock.systemUTC());
        reads = new GenerationReads(() -> vertx.executeBlocking(generation::current, false));
        hits = Counter.builder("switchboard.graphql.response.cache").tag("result", "hit")
                .description("GraphQL requests answered from the response cache").register(meters);
        misses = Counter.builder("switchboard.graphql.response.cache").tag("result", "miss")
                .description("Cacheable GraphQL requests that ran the query").register(meters);
        bypasses = Counter.builder("switchboard.graphql.response.cache").tag("result", "store-unavailable")
                .description("GraphQL requests that ran uncached because the store could not be read")
                .register(meters);
    }

    void register(@Observes Router router) {
        // after DocumentCheck (order -10), which has read and checked the body
        router.post("/graphql").order(-9).handler(this::lookUp);
    }

    private boolean enabled() {
        return !config.cache().ttl().isZero() && config.cache().responseMemory().asLongValue() > 0;
    }

    private void lookUp(RoutingContext context) {
        Key key = enabled() ? key(context) : null;
        if (key == null) {
            context.next();
            return;
        }
        Context caller = context.vertx().getOrCreateContext();
        reads.await(read -> caller.runOnContext(ignored -> answer(context, key, read)));
    }

    private void answer(RoutingContext context, Key key, AsyncResult<Long> read) {
        if (read.failed()) {
            bypasses.increment();
            Log.debugf("Response cache bypassed, the store generation is unreadable: %s",
                    read.cause().getClass().getSimpleName());
            context.next();
            return;
        }
        ResponseEntries.Entry entry = entries.get(key, read.result());
        if (entry != null) {
            hits.increment();
            context.response().putHeader("Content-Type", entry.contentType()).end(entry.body());
            return;
        }
        misses.increment();
        Fill fill = new Fill(key, read.result());
        context.put(FILL, fill);
        context.addBodyEndHandler(sent -> keep(context, fill));
        context.next();
    }

    /** The fill of an HTTP request whose answer may be cached, or null; read at the start of its execution. */
    static Fill fillOf(RoutingContext request) {
        return request.get(FILL);
    }

    /** Offers the result of an execution for its fill; it is kept once the response has gone out as a 200. */
    void offer(Fill fill, Map<String, Object> specification, Instant until) {
        try {
            fill.body = Buffer.buffer(json.writeValueAsBytes(specification));
            fill.until = until;
        } catch (JsonProcessingException e) {
            Log.debugf("Not caching an answer that does not serialise: %s", e.getOriginalMessage());
        }
    }

    private void keep(RoutingContext context, Fill fill) {
        String contentType = context.response().headers().get("Content-Type");
        if (fill.body != null && context.response().getStatusCode() == 200 && contentType != null) {
            entries.put(fill.key, new ResponseEntries.Entry(fill.body, contentType, fill.generation, fill.until));
        }
    }

    /**
     * The key of a request that may be answered from the cache, or null: only one JSON operation with a query and
     * no protocol extensions, from a caller whose roles are known.
     */
    private Key key(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            return null;
        }
        JsonObject body;
        try {
            body = context.body().asJsonObject();
        } catch (RuntimeException e) {
            return null;
        }
        if (body == null || !(body.getValue("query") instanceof String query) || body.containsKey("extensions")) {
            return null;
        }
        Object operationName = body.getValue("operationName");
        Object variables = body.getValue("variables");
        String roles = roles(context);
        if (roles == null || (operationName != null && !(operationName instanceof String))
                || (variables != null && !(variables instanceof JsonObject))) {
            return null;
        }
        return new Key(query, (String) operationName, variables == null ? null : ((JsonObject) variables).encode(),
                context.request().getHeader("Accept"), roles);
    }

    /** The caller's Switchboard roles, or null for a caller who has none to tell. */
    private String roles(RoutingContext context) {
        if (!config.auth().enabled()) {
            return "*"; // every caller holds every role
        }
        if (!(context.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            return null;
        }
        return user.getSecurityIdentity().getRoles().stream().filter(Roles.ALL::contains).sorted()
                .collect(Collectors.joining(","));
    }
}
