package io.switchboard.graphql.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A free-form customer detail: GB Talk user details (slug, name, value), Gladly custom attributes.")
public record Attribute(
        @NonNull @Description("Machine name: GB Talk slug, Gladly attribute name.") String key,
        @Description("Human-readable name.") String label,
        @Description("The value, as text.") String value) {

    static Attribute of(io.switchboard.domain.Attribute attribute) {
        return new Attribute(attribute.key(), attribute.label(), attribute.value());
    }
}
