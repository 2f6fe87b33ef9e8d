package io.switchboard.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.GlobalId;
import io.switchboard.domain.Vendor;
import io.switchboard.domain.VendorObject;
import io.switchboard.error.SwitchboardException;
import io.switchboard.service.ReadThrough.Found;
import io.switchboard.vendor.VendorRegistry;

/** Fetching objects of one family by id, through the store, for single fields and batches alike. */
public abstract class Lookup<T extends VendorObject> {

    @Inject
    ReadThrough readThrough;

    @Inject
    VendorRegistry registry;

    /** The GraphQL type name the family's ids carry. */
    protected abstract String type();

    protected abstract Class<T> modelType();

    /** The vendor call that fetches some of the family's objects by remote id. */
    protected abstract Uni<Map<String, T>> fetch(Vendor vendor, Set<String> remoteIds);

    /** Parses and checks a caller's id for this family. */
    public GlobalId parseId(String id) {
        return registry.requireEnabled(GlobalId.parse(id, type()));
    }

    /** One object; NOT_FOUND when the vendor does not know it, the vendor's failure when it failed. */
    public T get(GlobalId id, Notes notes) {
        registry.requireEnabled(id);
        Found<T> found = getMany(List.of(id), notes);
        SwitchboardException failure = found.failures().get(id.vendor());
        if (failure != null) {
            throw failure;
        }
        T object = found.objects().get(id);
        if (object == null) {
            throw SwitchboardException.notFound(id.vendor(), type() + " " + id.format());
        }
        return object;
    }

    /** Many objects, with one vendor call per vendor for those the store has no fresh copy of. */
    public Found<T> getMany(Collection<GlobalId> ids, Notes notes) {
        return readThrough.getMany(type(), modelType(), ids, this::fetch, notes);
    }
}
