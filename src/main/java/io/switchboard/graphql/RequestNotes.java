package io.switchboard.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.Notes;

/**
 * What one GraphQL execution collected besides field values: one error per vendor that failed under a field that
 * still answered (partial results), the age of every stale copy served, and until when the answer may be replayed.
 * {@link SwitchboardInstrumentation} creates it per execution and adds it to the response.
 */
final class RequestNotes {

    private static final String KEY = RequestNotes.class.getName();

    private final List<GraphQLError> errors = new CopyOnWriteArrayList<>();
    private final Map<Vendor, Duration> stale = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> freshUntil = new AtomicReference<>();
    private volatile boolean notReplayable;

    static void attach(GraphQLContext context) {
        context.put(KEY, new RequestNotes());
    }

    static RequestNotes of(GraphQLContext context) {
        RequestNotes notes = context.get(KEY);
        return notes == null ? new RequestNotes() : notes;
    }

    /** Notes bound to the field being resolved, so that errors carry its path. */
    static Notes forField(DataFetchingEnvironment environment) {
        RequestNotes notes = of(environment.getGraphQlContext());
        return new Notes() {
            @Override
            public void vendorFailed(SwitchboardException failure) {
                notes.errors.add(GraphQLErrors.toError(failure,
                        GraphqlErrorBuilder.newError(environment)));
            }

            @Override
            public void servedStale(Vendor vendor, Duration age) {
                notes.stale.merge(vendor, age, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }

            @Override
            public void freshUntil(Instant until) {
                notes.freshUntil.accumulateAndGet(until, (a, b) -> a == null || b.isBefore(a) ? b : a);
            }

            @Override
            public void live() {
                notes.notReplayable = true;
            }
        };
    }

    /** The answer must not be replayed, whatever it rests on (a mutation's, say). */
    void neverReplay() {
        notReplayable = true;
    }

    /**
     * Until when the answer may be replayed: the earliest instant the store would stop serving a copy it rests on.
     * Empty when it must not be: it rests on live state, on stale copies or on nothing the store keeps, or a vendor
     * failed under it.
     */
    Optional<Instant> replayableUntil() {
        Instant until = freshUntil.get();
        if (notReplayable || until == null || !stale.isEmpty() || !errors.isEmpty() || !until.isAfter(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(until);
    }

    List<GraphQLError> errors() {
        return errors;
    }

    /** The {@code stale} response extension: one entry per vendor served from an older copy. */
    List<Map<String, Object>> staleExtension() {
        List<Map<String, Object>> entries = new ArrayList<>();
        stale.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> entries.add(
                Map.of("vendor", entry.getKey().name(), "ageSeconds", entry.getValue().toSeconds())));
        return entries;
    }
}
