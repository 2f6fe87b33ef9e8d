package io.switchboard.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.switchboard.config.SwitchboardConfig;

/**
 * Refuses to start a service that would check callers against nothing: with {@code switchboard.auth.enabled} (the
 * default outside dev and test) a verification key and the expected issuer must be configured, or startup fails with
 * a message naming the missing keys. Turning authentication off is the explicit way out.
 */
@ApplicationScoped
public class AuthStartupCheck {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";
    static final String SMALLRYE_KEY_LOCATION = "smallrye.jwt.verify.key.location";
    static final String ISSUER = "mp.jwt.verify.issuer";

    @Inject
    SwitchboardConfig switchboard;

    @Inject
    Config config;

    void onStart(@Observes StartupEvent event) {
        if (!switchboard.auth().enabled()) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                Log.warn("switchboard.auth.enabled is false: GraphQL callers are not authenticated and hold every role");
            }
            return;
        }
        List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Caller authentication is on (switchboard.auth.enabled=true) but "
                    + String.join("; ", problems) + ". Configure the token issuer's public key and name, or set "
                    + "switchboard.auth.enabled=false to run without caller authentication.");
        }
    }

    /** What is missing for token verification, given a lookup of configuration values; empty when nothing is. */
    static List<String> problems(Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        Optional<String> location = config.apply(KEY_LOCATION).or(() -> config.apply(SMALLRYE_KEY_LOCATION))
                .filter(value -> !value.isBlank());
        Optional<String> inline = config.apply(KEY).filter(value -> !value.isBlank());
        if (location.isEmpty() && inline.isEmpty()) {
            problems.add("no public key to verify tokens with is configured (" + KEY_LOCATION + " or " + KEY + ")");
        } else if (location.isPresent() && isMissingFile(location.get())) {
            problems.add(KEY_LOCATION + " names a file that does not exist or cannot be read: " + location.get());
        }
        if (config.apply(ISSUER).filter(value -> !value.isBlank()).isEmpty()) {
            problems.add("the expected token issuer is not configured (" + ISSUER + ")");
        }
        return problems;
    }

    /**
     * Only file: locations and absolute paths are checked here; relative names may be classpath resources, and
     * classpath and http(s) keys are SmallRye JWT's to load.
     */
    private static boolean isMissingFile(String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        return path.startsWith("/") && !Files.isReadable(Path.of(path));
    }
}
