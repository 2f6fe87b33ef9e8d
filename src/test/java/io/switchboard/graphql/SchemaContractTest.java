package io.switchboard.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.VendorStubs;

/**
 * The published schema against the contract (shared/contract/schema.graphql, when that file is there): every
 * type, field, argument, enum value and union member with the same base types; a field may be non-null where the
 * contract allows null, never the other way round. And a snapshot of the service's own schema, so that no change
 * to it goes unnoticed.
 */
@QuarkusTest
@QuarkusTestResource(VendorStubs.class)
class SchemaContractTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/schema-snapshot.graphql");

    private static String publishedSchema() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void publishedSchemaCoversTheContract() throws IOException {
        Path contract = Path.of(System.getProperty("contract.dir", "../shared/contract"),
                "schema.graphql");
        assumeTrue(Files.exists(contract), "no contract schema at " + contract);
        TypeDefinitionRegistry expected = new SchemaParser().parse(Files.readString(contract));
        TypeDefinitionRegistry actual = new SchemaParser().parse(publishedSchema());

        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> type : expected.types().values()) {
            TypeDefinition<?> published = actual.getType(type.getName()).orElse(null);
            if (published == null) {
                problems.add("missing type " + type.getName());
            } else if (published.getClass() != type.getClass()) {
                problems.add(type.getName() + " is a " + published.getClass().getSimpleName());
            } else {
                compare(type, published, problems);
            }
        }
        expected.scalars().keySet().stream().filter(s -> !actual.scalars().containsKey(s))
                .forEach(s -> problems.add("missing scalar " + s));
        assertTrue(problems.isEmpty(), "Schema differs from the contract:\n" + String.join("\n", problems));
    }

    @Test
    void publishedSchemaMatchesTheSnapshot() throws IOException {
        String schema = publishedSchema();
        if (Boolean.getBoolean("update-snapshot") || !Files.exists(SNAPSHOT)) {
            Files.writeString(SNAPSHOT, schema);
        }
        assertEquals(Files.readString(SNAPSHOT), schema,
                "The published schema changed. If that is intended, rerun with -Dupdate-snapshot=true "
                        + "and commit " + SNAPSHOT);
    }

    private static void compare(TypeDefinition<?> expected, TypeDefinition<?> actual, List<String> problems) {
        String name = expected.getName();
        if (expected instanceof ImplementingTypeDefinition<?> e && actual instanceof ImplementingTypeDefinition<?> a) {
            Set<String> interfaces = a.getImplements().stream().map(SchemaContractTest::render)
                    .collect(Collectors.toSet());
            e.getImplements().stream().map(SchemaContractTest::render).filter(i -> !interfaces.contains(i))
                    .forEach(i -> problems.add(name + " does not implement " + i));
            Map<String, FieldDefinition> fields = byName(a.getFieldDefinitions(), FieldDefinition::getName);
            for (FieldDefinition field : e.getFieldDefinitions()) {
                FieldDefinition published = fields.get(field.getName());
                if (published == null) {
                    problems.add("missing field " + name + "." + field.getName());
                    continue;
                }
                compareType(name + "." + field.getName(), field.getType(), published.getType(), problems);
                compareArguments(name + "." + field.getName(), field.getInputValueDefinitions(),
                        published.getInputValueDefinitions(), problems);
            }
        } else if (expected instanceof EnumTypeDefinition e && actual instanceof EnumTypeDefinition a) {
            Set<String> values = a.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                    .collect(Collectors.toSet());
            e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).filter(v -> !values.contains(v))
                    .forEach(v -> problems.add("missing enum value " + name + "." + v));
        } else if (expected instanceof UnionTypeDefinition e && actual instanceof UnionTypeDefinition a) {
            Set<String> members = a.getMemberTypes().stream().map(SchemaContractTest::render)
                    .collect(Collectors.toSet());
            e.getMemberTypes().stream().map(SchemaContractTest::render).filter(m -> !members.contains(m))
                    .forEach(m -> problems.add("missing union member " + name + " | " + m));
        } else if (expected instanceof InputObjectTypeDefinition e && actual instanceof InputObjectTypeDefinition a) {
            compareArguments(name, e.getInputValueDefinitions(), a.getInputValueDefinitions(), problems);
        }
    }

    private static void compareArguments(String where, List<InputValueDefinition> expected,
            List<InputValueDefinition> actual, List<String> problems) {
        Map<String, InputValueDefinition> published = byName(actual, InputValueDefinition::getName);
        for (InputValueDefinition argument : expected) {
            InputValueDefinition match = published.get(argument.getName());
            if (match == null) {
                problems.add("missing argument " + where + "(" + argument.getName() + ")");
            } else if (!render(argument.getType()).equals(render(match.getType()))) {
                problems.add("argument " + where + "(" + argument.getName() + ") is " + render(match.getType())
                        + ", contract says " + render(argument.getType()));
            }
        }
    }

    /** Output types: same base type and list shape; non-null wherever the contract says non-null. */
    private static void compareType(String where, Type<?> expected, Type<?> actual, List<String> problems) {
        if (!strip(expected).equals(strip(actual)) || !covers(expected, actual)) {
            problems.add(where + " is " + render(actual) + ", contract says " + render(expected));
        }
    }

    private static boolean covers(Type<?> expected, Type<?> actual) {
        if (expected instanceof NonNullType e) {
            return actual instanceof NonNullType a && covers(e.getType(), a.getType());
        }
        Type<?> a = actual instanceof NonNullType nn ? nn.getType() : actual;
        if (expected instanceof ListType e) {
            return a instanceof ListType l && covers(e.getType(), l.getType());
        }
        return a instanceof TypeName;
    }

    private static String strip(Type<?> type) {
        return render(type).replace("!", "");
    }

    private static String render(Type<?> type) {
        if (type instanceof NonNullType t) {
            return render(t.getType()) + "!";
        }
        if (type instanceof ListType t) {
            return "[" + render(t.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, i -> i, (a, b) -> a));
    }
}
