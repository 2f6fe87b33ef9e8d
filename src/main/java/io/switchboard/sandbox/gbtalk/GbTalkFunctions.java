package io.switchboard.sandbox.gbtalk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * The functions the GB Talk sandbox emulates, by name, grouped like the vendor's documentation (users,
 * conversations, articles and settings). A function the sandbox does not know answers {@code function-not-found},
 * exactly like a function the product does not have.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class GbTalkFunctions {

    private final Map<String, GbTalkFunction> byName = new HashMap<>();

    @Inject
    GbTalkFunctions(GbTalkStore store, ObjectMapper mapper) {
        Stream.of(new GbTalkUserFunctions(store).functions(),
                new GbTalkConversationFunctions(store, mapper).functions(),
                new GbTalkArticleFunctions(store).functions())
                .flatMap(List::stream)
                .forEach(function -> {
                    if (byName.putIfAbsent(function.name(), function) != null) {
                        throw new IllegalStateException("GB Talk function declared twice: " + function.name());
                    }
                });
    }

    Optional<GbTalkFunction> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
