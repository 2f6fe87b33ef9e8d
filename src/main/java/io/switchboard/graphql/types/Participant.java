package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.smallrye.graphql.api.Union;

/** Whoever wrote a message. */
@Union
@Name("Participant")
@Description("The author of a message: an agent or a customer.")
public interface Participant {
}
