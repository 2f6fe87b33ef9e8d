package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a global id that {@code node(id:)} can fetch. */
@Interface
@Name("Node")
@Description("An object with a global id of the form gid://<vendor>/<Type>/<remoteId>, fetchable with node(id:).")
public interface Node {

    @Id
    @NonNull
    @Description("The global id: gid://<vendor>/<Type>/<remoteId>, remoteId percent-encoded.")
    String getId();
}
