package io.switchboard.graphql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.switchboard.domain.GlobalId;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.Lookup;
import io.switchboard.service.Notes;
import io.switchboard.service.ReadThrough.Found;

/**
 * Resolves a field for a whole list of parents at once: collects the ids, fetches them with one call per vendor
 * (store first), and projects the results back in the parents' order. A parent whose object is missing gets null,
 * and the response one NOT_FOUND error per missing object and one error per failing vendor.
 */
final class Batches {

    private Batches() {
    }

    static <S, D extends io.switchboard.domain.VendorObject, T> List<T> resolve(List<S> sources,
            Function<S, GlobalId> idOf, Lookup<D> lookup, Function<D, T> wrap, Notes notes) {
        Set<GlobalId> ids = new LinkedHashSet<>();
        sources.stream().map(idOf).filter(Objects::nonNull).forEach(ids::add);
        Found<D> found = ids.isEmpty() ? new Found<>(java.util.Map.of(), java.util.Map.of())
                : lookup.getMany(ids, notes);
        found.failures().values().forEach(notes::vendorFailed);
        Set<GlobalId> reported = new LinkedHashSet<>();
        List<T> results = new ArrayList<>(sources.size());
        for (S source : sources) {
            GlobalId id = idOf.apply(source);
            D object = id == null ? null : found.objects().get(id);
            if (id != null && object == null && !found.failures().containsKey(id.vendor()) && reported.add(id)) {
                notes.vendorFailed(SwitchboardException.notFound(id.vendor(), id.type() + " " + id.format()));
            }
            results.add(object == null ? null : wrap.apply(object));
        }
        return results;
    }
}
