package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.Lookup;
import io.switchboard.service.Notes;
import io.switchboard.service.Outcome;
import io.switchboard.service.ReadThrough.Found;

/**
 * Resolves a field for a whole list of parents at once: collects the ids, fetches them with one call per vendor
 * (store first), and projects the results back in the parents' order. A parent whose object is missing gets null,
 * and the response one NOT_FOUND error per missing object and one error per failing vendor, each at the path of the
 * first parent it concerns.
 * <p>
 * The errors travel in the result list itself: a {@code @Source List} field is served by a DataLoader, and a
 * DataLoader completes the one key whose slot holds a {@link Throwable} exceptionally. graphql-java then reports the
 * failure at that parent's own path, which the batch's single {@link Notes} could not tell apart from the first
 * parent's.
 */
final class Batches {

    private Batches() {
    }

    static <S, D extends io.switchboard.domain.VendorObject, T> List<T> resolve(List<S> sources,
            Function<S, GlobalId> idOf, Lookup<D> lookup, Function<D, T> wrap, Notes notes) {
        return field(slots(sources, idOf, lookup, wrap, notes));
    }

    /** The batch's slots in the parents' order: a value, null, or the failure to report at that parent. */
    static <S, D extends io.switchboard.domain.VendorObject, T> List<Object> slots(List<S> sources,
            Function<S, GlobalId> idOf, Lookup<D> lookup, Function<D, T> wrap, Notes notes) {
        Set<GlobalId> ids = new LinkedHashSet<>();
        sources.stream().map(idOf).filter(Objects::nonNull).forEach(ids::add);
        Found<D> found = ids.isEmpty() ? new Found<>(Map.of(), Map.of()) : lookup.getMany(ids, notes);
        Set<Object> reported = new HashSet<>();
        List<Object> slots = new ArrayList<>(sources.size());
        for (S source : sources) {
            GlobalId id = idOf.apply(source);
            D object = id == null ? null : found.objects().get(id);
            if (object != null) {
                slots.add(wrap.apply(object));
            } else if (id == null) {
                slots.add(null);
            } else if (found.failures().containsKey(id.vendor())) {
                slots.add(reported.add(id.vendor()) ? found.failures().get(id.vendor()) : null);
            } else {
                slots.add(reported.add(id) ? SwitchboardException.notFound(id.vendor(), id.type() + " " + id.format())
                        : null);
            }
        }
        return slots;
    }

    /**
     * Slots from one outcome per parent (null for none): one error per failing vendor, at the first parent that
     * vendor failed for.
     */
    static <S, D, T> List<Object> slots(List<S> sources, Function<S, Vendor> vendorOf,
            Function<S, Outcome<D>> outcomeOf, Function<D, T> wrap) {
        Set<Vendor> reported = new HashSet<>();
        List<Object> slots = new ArrayList<>(sources.size());
        for (S source : sources) {
            Outcome<D> outcome = outcomeOf.apply(source);
            if (outcome == null || (outcome.ok() && outcome.value() == null)) {
                slots.add(null);
            } else if (outcome.ok()) {
                slots.add(wrap.apply(outcome.value()));
            } else {
                slots.add(reported.add(vendorOf.apply(source)) ? outcome.failure() : null);
            }
        }
        return slots;
    }

    /**
     * The slots as the field's result. Failures stay in their slots (see the class comment), so the list is only
     * nominally of {@code T}; nothing in Switchboard reads it after this point.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> field(List<Object> slots) {
        return (List<T>) (List<?>) slots;
    }
}
