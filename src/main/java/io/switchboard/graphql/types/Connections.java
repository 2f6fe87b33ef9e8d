package io.switchboard.graphql.types;

import java.util.List;
import java.util.function.Function;

import io.switchboard.service.Pager.Slice;

/** Builds connection types from a service {@link Slice}. */
public final class Connections {

    private Connections() {
    }

    static <D, G, E> List<E> edges(Slice<D> slice, Function<D, G> node, EdgeFactory<G, E> edge) {
        return slice.edges().stream().map(e -> edge.create(e.cursor(), node.apply(e.node()))).toList();
    }

    interface EdgeFactory<G, E> {
        E create(String cursor, G node);
    }
}
