package io.switchboard.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link AuthStartupCheck} refuses to start with while authentication is on. */
class AuthStartupCheckTest {

    private static final String ISSUER = "https://issuer.example";

    @Test
    void nothingConfiguredNamesBothMissingKeys() {
        List<String> problems = AuthStartupCheck.problems(config(Map.of()));
        assertThat(problems, hasSize(2));
        assertThat(problems.get(0), containsString("mp.jwt.verify.publickey.location"));
        assertThat(problems.get(1), containsString("mp.jwt.verify.issuer"));
    }

    @Test
    void aKeyWithoutIssuerIsNotEnough() {
        assertThat(AuthStartupCheck.problems(config(Map.of("mp.jwt.verify.publickey.location", "https://idp/jwks"))),
                contains(containsString("mp.jwt.verify.issuer")));
        assertThat(AuthStartupCheck.problems(config(Map.of("mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.publickey.location", " "))), contains(containsString("no public key")));
    }

    @Test
    void aKeyLocationOrInlineKeyWithIssuerIsEnough() {
        for (String location : new String[] { "https://idp.example/jwks.json", "classpath:key.pem", "key.pem" }) {
            assertThat(AuthStartupCheck.problems(config(Map.of("mp.jwt.verify.publickey.location", location,
                    "mp.jwt.verify.issuer", ISSUER))), empty());
        }
        assertThat(AuthStartupCheck.problems(config(Map.of("smallrye.jwt.verify.key.location", "key.pem",
                "mp.jwt.verify.issuer", ISSUER))), empty());
        assertThat(AuthStartupCheck.problems(config(Map.of("mp.jwt.verify.publickey", "-----BEGIN PUBLIC KEY-----",
                "mp.jwt.verify.issuer", ISSUER))), empty());
    }

    @Test
    void aKeyFileMustExist(@TempDir Path dir) throws IOException {
        Path key = Files.writeString(dir.resolve("public-key.pem"), "-----BEGIN PUBLIC KEY-----");
        for (String location : new String[] { key.toString(), "file:" + key }) {
            assertThat(AuthStartupCheck.problems(config(Map.of("mp.jwt.verify.publickey.location", location,
                    "mp.jwt.verify.issuer", ISSUER))), empty());
        }
        String missing = dir.resolve("absent.pem").toString();
        assertThat(AuthStartupCheck.problems(config(Map.of("mp.jwt.verify.publickey.location", missing,
                "mp.jwt.verify.issuer", ISSUER))), contains(containsString("does not exist")));
    }

    private static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
