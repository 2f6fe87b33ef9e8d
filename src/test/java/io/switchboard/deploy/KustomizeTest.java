package io.switchboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import io.switchboard.testing.VendorStubs;

/**
 * Renders each kustomize overlay with {@code kubectl kustomize} (no cluster needed) and checks what an operator relies
 * on: the pod runs hardened, is probed on the service's own health, has resources, gets every setting the
 * application needs, and no manifest carries a secret value.
 */
class KustomizeTest {

    /** Vendor keys of the configuration contract, as environment variables. */
    private static final List<String> VENDOR_URLS = List.of("SWITCHBOARD_GLADLY_URL", "SWITCHBOARD_GBTALK_URL",
            "SWITCHBOARD_BLINGER_URL", "SWITCHBOARD_GAGLERS_URL");
    private static final List<String> VENDOR_CREDENTIALS = List.of("SWITCHBOARD_GLADLY_USERNAME",
            "SWITCHBOARD_GLADLY_TOKEN", "SWITCHBOARD_GLADLY_ORG_ID", "SWITCHBOARD_GBTALK_TOKEN",
            "SWITCHBOARD_GBTALK_WEBHOOK_KEY", "SWITCHBOARD_BLINGER_TOKEN", "SWITCHBOARD_GAGLERS_USERNAME",
            "SWITCHBOARD_GAGLERS_API_KEY");
    private static final List<String> DATASOURCE = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    /** Names of settings whose values are secrets: they may only come from a Secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(TOKEN|API_KEY|WEBHOOK_KEY|PASSWORD|USERNAME|SECRET|ORG_ID).*");

    @BeforeAll
    static void kubectlIsThere() {
        assumeTrue(run("kubectl", "version", "--client").exit() == 0, "kubectl is not installed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "k8s/overlays/dev", "k8s/overlays/prod", "k8s" })
    void thePodRunsHardened(String overlay) {
        Map<String, Object> pod = podSpec(render(overlay));
        assertEquals(false, pod.get("automountServiceAccountToken"));
        Map<String, Object> podSecurity = map(pod, "securityContext");
        assertEquals(true, podSecurity.get("runAsNonRoot"));
        assertTrue(((Number) podSecurity.get("runAsUser")).intValue() > 0);
        assertEquals("RuntimeDefault", map(podSecurity, "seccompProfile").get("type"));

        Map<String, Object> container = container(pod);
        Map<String, Object> security = map(container, "securityContext");
        assertEquals(false, security.get("allowPrivilegeEscalation"));
        assertEquals(true, security.get("readOnlyRootFilesystem"));
        assertEquals(List.of("ALL"), map(security, "capabilities").get("drop"));
        assertEquals(List.of(), volumeMounts(container).stream()
                .filter(mount -> !"/tmp".equals(mount.get("mountPath")) && !Boolean.TRUE.equals(mount.get("readOnly")))
                .toList(), "only /tmp is writable");

        Map<String, Object> resources = map(container, "resources");
        for (String kind : new String[] { "requests", "limits" }) {
            assertNotNull(map(resources, kind).get("cpu"), kind + ".cpu");
            assertNotNull(map(resources, kind).get("memory"), kind + ".memory");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "k8s/overlays/dev", "k8s/overlays/prod" })
    void probesAskTheServiceItself(String overlay) {
        Map<String, Object> container = container(podSpec(render(overlay)));
        Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        paths.forEach((probe, path) -> {
            Map<String, Object> get = map(map(container, probe), "httpGet");
            assertEquals(path, get.get("path"), probe);
            assertEquals("http", get.get("port"), probe);
        });
        assertEquals(List.of(Map.of("name", "http", "containerPort", 8080)), container.get("ports"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "k8s/overlays/dev", "k8s/overlays/prod" })
    void onlyPort8080IsOpen(String overlay) {
        Map<String, Object> policy = only(render(overlay), "NetworkPolicy");
        assertEquals(List.of("Ingress"), map(policy, "spec").get("policyTypes"));
        List<Map<String, Object>> ingress = list(map(policy, "spec"), "ingress");
        assertEquals(1, ingress.size());
        assertEquals(List.of(Map.of("protocol", "TCP", "port", 8080)), ingress.get(0).get("ports"));
        Map<String, Object> service = only(render(overlay), "Service");
        assertEquals("http", list(map(service, "spec"), "ports").get(0).get("targetPort"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "k8s/overlays/prod", "k8s" })
    void productionIsAuthenticatedReplicatedAndGetsEverySetting(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        Map<String, Object> deployment = only(docs, "Deployment");
        assertTrue(((Number) map(deployment, "spec").get("replicas")).intValue() >= 2);
        Map<String, Object> hpa = only(docs, "HorizontalPodAutoscaler");
        assertTrue(((Number) map(hpa, "spec").get("minReplicas")).intValue() >= 2);
        assertEquals("switchboard", map(map(hpa, "spec"), "scaleTargetRef").get("name"));
        Map<String, Object> pdb = only(docs, "PodDisruptionBudget");
        assertEquals(1, map(pdb, "spec").get("maxUnavailable"));

        Map<String, Env> env = environment(docs);
        List<String> required = new ArrayList<>();
        required.addAll(VENDOR_URLS);
        required.addAll(VENDOR_CREDENTIALS);
        required.addAll(DATASOURCE);
        required.addAll(List.of("SWITCHBOARD_AUTH_ENABLED", "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "SWITCHBOARD_CACHE_TTL", "SWITCHBOARD_CACHE_STALE_FOR"));
        for (String name : required) {
            assertTrue(env.containsKey(name), () -> name + " is not provided");
        }
        assertEquals("true", env.get("SWITCHBOARD_AUTH_ENABLED").value());
        for (String name : VENDOR_CREDENTIALS) {
            assertNotNull(env.get(name).secret(), name + " comes from a Secret");
        }
        for (String name : DATASOURCE) {
            assertEquals("switchboard-db", env.get(name).secret(), name + " comes from the database Secret");
        }

        // The verification key is a file from the switchboard-jwt Secret, mounted read-only.
        Path key = Path.of(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").value());
        Map<String, Object> pod = podSpec(docs);
        Map<String, Object> mount = volumeMounts(container(pod)).stream()
                .filter(m -> key.startsWith(Path.of((String) m.get("mountPath")))).findFirst().orElseThrow();
        assertEquals(true, mount.get("readOnly"));
        Map<String, Object> volume = list(pod, "volumes").stream().filter(v -> v.get("name").equals(mount.get("name")))
                .findFirst().orElseThrow();
        assertEquals("switchboard-jwt", map(volume, "secret").get("secretName"));
        assertTrue(list(map(volume, "secret"), "items").stream()
                .anyMatch(item -> key.getFileName().toString().equals(item.get("path"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "k8s/overlays/dev" })
    void devRunsTheSandboxesOnOneReplicaWithoutSecrets(String overlay) {
        List<Map<String, Object>> docs = render(overlay);
        assertEquals(1, map(only(docs, "Deployment"), "spec").get("replicas"));
        assertTrue(docs.stream().noneMatch(doc -> "HorizontalPodAutoscaler".equals(doc.get("kind"))));
        Map<String, Object> container = container(podSpec(docs));
        assertTrue(String.valueOf(container.get("image")).endsWith("-dev"), "the image built with the dev profile");

        Map<String, Env> env = environment(docs);
        assertEquals("dev", env.get("QUARKUS_PROFILE").value());
        assertEquals("false", env.get("SWITCHBOARD_AUTH_ENABLED").value());
        for (String name : VENDOR_URLS) {
            assertTrue(env.get(name).value().startsWith("http://localhost:8080/sandbox/"), name);
        }
        assertTrue(env.get("QUARKUS_DATASOURCE_JDBC_URL").value().startsWith("jdbc:h2:mem:"));
        assertTrue(env.values().stream().allMatch(e -> e.secret() == null), "the dev instance needs no Secret");
        assertTrue(list(podSpec(docs), "volumes").stream().noneMatch(v -> v.containsKey("secret")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "k8s/overlays/dev", "k8s/overlays/prod", "k8s" })
    void noManifestCarriesASecretValue(String overlay) {
        String text = run("kubectl", "kustomize", overlay).out();
        List<Map<String, Object>> docs = parse(text);
        assertTrue(docs.stream().noneMatch(doc -> "Secret".equals(doc.get("kind"))), "no Secret is generated");
        for (Map<String, Object> configMap : docs.stream().filter(doc -> "ConfigMap".equals(doc.get("kind"))).toList()) {
            for (String key : map(configMap, "data").keySet()) {
                assertFalse(SECRET_NAME.matcher(key).matches(), () -> key + " is a secret in a ConfigMap");
            }
        }
        for (Map<String, Object> variable : list(container(podSpec(docs)), "env")) {
            String name = (String) variable.get("name");
            boolean inMemoryStore = name.equals("QUARKUS_DATASOURCE_JDBC_URL")
                    && String.valueOf(variable.get("value")).startsWith("jdbc:h2:mem:");
            if (SECRET_NAME.matcher(name).matches() || (name.contains("JDBC_URL") && !inMemoryStore)) {
                assertNull(variable.get("value"), () -> name + " is written into the manifest");
                assertNotNull(map(map(variable, "valueFrom"), "secretKeyRef"), name);
            }
        }
        // Nor any credential the project knows: the dev profile's sandbox credentials and the tests' ones.
        for (String secret : knownSecrets()) {
            assertFalse(text.contains(secret), () -> overlay + " contains " + secret);
        }
    }

    // ------------------------------------------------------------------ rendering and reading

    private record Env(String value, String secret) {
    }

    /** Every environment variable the container gets: its own, and the keys of the ConfigMaps it takes in whole. */
    private static Map<String, Env> environment(List<Map<String, Object>> docs) {
        Map<String, Object> container = container(podSpec(docs));
        Map<String, Env> env = new HashMap<>();
        for (Map<String, Object> from : list(container, "envFrom")) {
            String name = (String) map(from, "configMapRef").get("name");
            Map<String, Object> configMap = docs.stream().filter(doc -> "ConfigMap".equals(doc.get("kind"))
                    && name.equals(map(doc, "metadata").get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError("ConfigMap " + name + " is not in the manifests"));
            map(configMap, "data").forEach((key, value) -> env.put(key, new Env(String.valueOf(value), null)));
        }
        for (Map<String, Object> variable : list(container, "env")) {
            Map<String, Object> secretRef = map(map(variable, "valueFrom"), "secretKeyRef");
            env.put((String) variable.get("name"), new Env((String) variable.get("value"),
                    (String) secretRef.get("name")));
        }
        return env;
    }

    private static Set<String> knownSecrets() {
        Set<String> sandbox = new HashSet<>();
        Properties properties = new Properties();
        try (var in = KustomizeTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String asEnv = key.toUpperCase().replace('.', '_').replace('-', '_');
            if (key.startsWith("%dev.switchboard.") && !key.endsWith("username") && SECRET_NAME.matcher(asEnv).matches()) {
                sandbox.add(properties.getProperty(key));
            }
        }
        assertFalse(sandbox.isEmpty(), "the dev profile's sandbox credentials were read");
        Set<String> secrets = new HashSet<>(sandbox);
        secrets.addAll(List.of(VendorStubs.GLADLY_TOKEN, VendorStubs.GBTALK_TOKEN, VendorStubs.GBTALK_WEBHOOK_KEY,
                VendorStubs.BLINGER_TOKEN, VendorStubs.GAGLERS_KEY));
        return secrets;
    }

    private static List<Map<String, Object>> render(String overlay) {
        return parse(run("kubectl", "kustomize", overlay).out());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(yaml)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static Map<String, Object> only(List<Map<String, Object>> docs, String kind) {
        List<Map<String, Object>> found = docs.stream().filter(doc -> kind.equals(doc.get("kind"))).toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static Map<String, Object> podSpec(List<Map<String, Object>> docs) {
        return map(map(map(only(docs, "Deployment"), "spec"), "template"), "spec");
    }

    private static Map<String, Object> container(Map<String, Object> pod) {
        List<Map<String, Object>> containers = list(pod, "containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static List<Map<String, Object>> volumeMounts(Map<String, Object> container) {
        return list(container, "volumeMounts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private record Result(int exit, String out) {
    }

    private static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (command.length > 1 && command[1].equals("kustomize")) {
                assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed");
            }
            return new Result(process.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
