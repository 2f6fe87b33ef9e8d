package io.switchboard.graphql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.switchboard.config.SwitchboardConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets at most {@code switchboard.graphql.max-concurrent-requests} GraphQL requests execute at once; the others wait
 * in arrival order, and are refused with HTTP 503 and {@code Retry-After} when the queue is full or their wait passes
 * {@code switchboard.graphql.queue-timeout}.
 * <p>
 * An executing request holds a worker thread while its vendors answer. Without a bound, an overload puts hundreds of
 * them on the CPU at once, each runs hundreds of times slower, vendor answers are read after their timeouts and
 * healthy vendors' circuits open; with it, an overload only makes requests wait longer for their turn, and each
 * then runs at full speed. Answers the response cache replays (an earlier route) never wait here.
 */
@ApplicationScoped
public class RequestAdmission {

    private static final String RETRY_AFTER_SECONDS = "1";
    private static final String TURN = Turn.class.getName();

    @Inject
    SwitchboardConfig config;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry meters;


    /** Guards {@link #executing} and {@link #waiting}, which requests on every event loop change. */
    private final Object lock = new Object();
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int executing;

    private int maxExecuting;
    private int maxWaiting;
    private long queueTimeoutMs;
    private Counter refusedFull;
    private Counter refusedTimeout;

    /** A request waiting for its turn, with the context it arrived on (where it must go on). */
    private static final class Waiting {

        private final RoutingContext request;
        private final Context context = Vertx.currentContext();
        private final long arrivedNanos = System.nanoTime();
        /** Its queue timeout; a timer that fires after the request left the queue finds nothing to do. */
        private volatile long timer = -1;

        private Waiting(RoutingContext request) {
            this.request = request;
        }
    }

    @PostConstruct
    void start() {
        maxExecuting = config.graphql().maxConcurrentRequests();
        maxWaiting = config.graphql().maxQueuedRequests();
        queueTimeoutMs = Math.max(1, config.graphql().queueTimeout().toMillis());
        Gauge.builder("switchboard.graphql.requests.executing", this, RequestAdmission::executing)
                .description("GraphQL requests executing now").register(meters);
        Gauge.builder("switchboard.graphql.requests.waiting", this, RequestAdmission::waiting)
                .description("GraphQL requests waiting for their turn to execute").register(meters);
        // one description for both: Prometheus shows one HELP line per metric name
        String refused = "GraphQL requests refused with 503: the queue was full, or they waited the queue timeout";
        refusedFull = Counter.builder("switchboard.graphql.requests.refused").tag("reason", "queue-full")
                .description(refused).register(meters);
        refusedTimeout = Counter.builder("switchboard.graphql.requests.refused").tag("reason", "queue-timeout")
                .description(refused).register(meters);
    }

    void register(@Observes Router router) {
        // after DocumentCheck (-10) and ResponseCache (-9): refused bodies and replayed answers never wait
        router.post("/graphql").order(-8).handler(this::admit);
        router.get("/graphql").order(-8).handler(this::admit);
    }

    private void admit(RoutingContext request) {
        if (request.request().headers().contains(HttpHeaders.UPGRADE)) {
            request.next(); // a WebSocket is a connection, not a request to execute
            return;
        }
        Waiting queued = null;
        boolean turn = false;
        synchronized (lock) {
            if (executing < maxExecuting) {
                executing++;
                turn = true;
            } else if (waiting.size() < maxWaiting) {
                queued = new Waiting(request);
                waiting.addLast(queued);
            }
        }
        if (turn) {
            execute(request);
        } else if (queued != null) {
            Waiting expiring = queued;
            queued.timer = vertx.setTimer(queueTimeoutMs, ignored -> expire(expiring));
        } else {
            refusedFull.increment();
            refuse(request, "Switchboard is at capacity: " + maxWaiting + " requests are already waiting; retry later");
        }
    }

    private void execute(RoutingContext request) {
        Turn turn = new Turn(this);
        request.put(TURN, turn);
        request.addBodyEndHandler(ignored -> turn.end());
        request.next();
    }

    /**
     * The turn of an HTTP request, or null; read at the start of its execution, whose end gives the turn back too:
     * a caller that goes away mid-execution gets no response, so its body never ends (and SmallRye takes the
     * response's end and close handlers for itself).
     */
    static Turn turnOf(RoutingContext request) {
        return request.get(TURN);
    }

    /** A request's turn to execute: given back once, when its execution or its response ends, whichever is first. */
    static final class Turn {

        private final RequestAdmission admission;
        private final AtomicBoolean ended = new AtomicBoolean();

        private Turn(RequestAdmission admission) {
            this.admission = admission;
        }

        void end() {
            if (ended.compareAndSet(false, true)) {
                admission.release();
            }
        }
    }

    /** Passes the finished request's turn to the longest-waiting request that is still connected. */
    private void release() {
        while (true) {
            Waiting next;
            synchronized (lock) {
                next = waiting.pollFirst();
                if (next == null) {
                    executing--;
                    return;
                }
            }
            vertx.cancelTimer(next.timer);
            if (!next.request.response().closed()) {
                next.context.runOnContext(ignored -> execute(next.request));
                return;
            }
            // the caller went away while it waited: its turn goes to the next one
        }
    }

    private void expire(Waiting queued) {
        boolean removed;
        synchronized (lock) {
            removed = waiting.remove(queued);
        }
        if (removed) {
            refusedTimeout.increment();
            Log.debugf("A GraphQL request waited %d ms for its turn and was refused",
                    (System.nanoTime() - queued.arrivedNanos) / 1_000_000);
            refuse(queued.request, "Switchboard is at capacity: the request waited " + queueTimeoutMs
                    + " ms for its turn; retry later");
        }
    }

    private static void refuse(RoutingContext request, String message) {
        if (request.response().closed() || request.response().ended()) {
            return;
        }
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", "INTERNAL"));
        request.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/graphql-response+json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    /** Requests executing now. */
    int executing() {
        synchronized (lock) {
            return executing;
        }
    }

    /** Requests waiting for their turn now. */
    int waiting() {
        synchronized (lock) {
            return waiting.size();
        }
    }
}
