package io.switchboard.config;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.switchboard.domain.Vendor;

/**
 * Every {@code switchboard.*} key. The names are a published contract (shared/contract/configuration.md): each is
 * also settable as an environment variable, e.g. {@code SWITCHBOARD_GLADLY_URL}.
 */
@ConfigMapping(prefix = "switchboard")
public interface SwitchboardConfig {

    Gladly gladly();

    GbTalk gbtalk();

    Blinger blinger();

    Gaglers gaglers();

    Cache cache();

    Paging paging();

    Auth auth();

    GraphQL graphql();

    /**
     * How long one GraphQL request may wait for its vendor calls in total; a vendor that has not answered by then
     * counts as unavailable for that request.
     */
    @WithName("request-budget")
    @WithDefault("PT5S")
    Duration requestBudget();

    /** A vendor is enabled exactly when its url is set. */
    default boolean enabled(Vendor vendor) {
        return url(vendor).isPresent();
    }

    /** The resilience settings of a vendor ({@code switchboard.<vendor>.*}). */
    default Resilience resilience(Vendor vendor) {
        return switch (vendor) {
            case GLADLY -> gladly();
            case GBTALK -> gbtalk();
            case BLINGER -> blinger();
            case GAGLERS -> gaglers();
        };
    }

    default Optional<String> url(Vendor vendor) {
        Optional<String> url = switch (vendor) {
            case GLADLY -> gladly().url();
            case GBTALK -> gbtalk().url();
            case BLINGER -> blinger().url();
            case GAGLERS -> gaglers().url();
        };
        return url.filter(u -> !u.isBlank());
    }

    interface Gladly extends Resilience {
        /** REST base including {@code /api/v1}; unset disables Gladly. */
        Optional<String> url();

        /** The API user's email (Basic auth user name). */
        Optional<String> username();

        /** The API token (Basic auth password). */
        Optional<String> token();

        /** Organization id for the public answers endpoints. */
        Optional<String> orgId();

        /** Gladly allows 10 requests per second per HTTP method (per organization); stay under it. */
        @Override
        @WithDefault("10")
        int rateLimit();
    }

    interface GbTalk extends Resilience {
        /** Full URL of the API script ({@code .../script/include/api.php}); unset disables GB Talk. */
        Optional<String> url();

        /** Admin token, sent as the {@code token} form field. */
        Optional<String> token();

        /** The secret GB Talk puts in every webhook's {@code key} field. */
        Optional<String> webhookKey();
    }

    interface Blinger extends Resilience {
        /** Base including {@code /api/external/v1}; unset disables Blinger. */
        Optional<String> url();

        /** Sent as the {@code Authorization} header value. */
        Optional<String> token();
    }

    interface Gaglers extends Resilience {
        /** Base including {@code /api/v1}; unset disables Gaglers. */
        Optional<String> url();

        /** API user name ({@code Authorization: apikey <username>:<api-key>}). */
        Optional<String> username();

        /** API key. */
        Optional<String> apiKey();
    }

    /** How Switchboard protects itself and a vendor from each other; each vendor has its own values. */
    interface Resilience {
        /** How long one call may take before it counts as failed. */
        @WithDefault("PT3S")
        Duration timeout();

        /** How often a failed read is tried again (connect errors, 5xx, 429); writes are never retried. */
        @WithDefault("2")
        int retries();

        /** The first retry's delay; each further retry doubles it, with random jitter, or waits what Retry-After says. */
        @WithDefault("PT0.2S")
        Duration retryBackoff();

        /** How many calls to the vendor may be under way at once; more wait, up to the request budget. */
        @WithDefault("32")
        int maxConcurrent();

        /** Calls per second per HTTP method Switchboard sends at most; 0 means no limit. */
        @WithDefault("0")
        int rateLimit();

        Circuit circuit();
    }

    /** The circuit breaker: after enough failures the vendor is not called for a while, and calls fail fast. */
    interface Circuit {
        /** How many recent calls the breaker looks at. */
        @WithDefault("10")
        int requestVolume();

        /** The share of failed calls among them that opens the circuit. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the circuit stays open before a trial call. */
        @WithDefault("PT10S")
        Duration delay();
    }

    interface Cache {
        /** How long a fetched object or list is served from the store without asking the vendor; PT0S turns caching off. */
        @WithDefault("PT5M")
        Duration ttl();

        /** How long past its ttl a cached copy may still be served while the vendor is failing. */
        @WithDefault("PT24H")
        Duration staleFor();

        /**
         * Memory each replica gives to whole GraphQL answers, replayed to the same query without running it again
         * for as long as the store would serve every copy the answer was made from, and only while the store has
         * not changed since (see {@code graphql/ResponseCache}); {@code 0} turns the response cache off. Default
         * {@code 32M}.
         */
        @WithDefault("32M")
        MemorySize responseMemory();
    }

    interface Paging {
        /** Page size when a caller gives no {@code first}. */
        @WithDefault("20")
        int defaultSize();

        /** The largest {@code first} a caller may ask for; more is BAD_USER_INPUT. */
        @WithDefault("100")
        int maxSize();
    }

    interface GraphQL {
        /** The deepest selection a query may nest; deeper queries are refused before anything runs. */
        @WithDefault("12")
        int maxDepth();

        /** The most fields a query may select in total (graphql-java's complexity: one per field). */
        @WithDefault("2000")
        int maxComplexity();

        /**
         * How many GraphQL requests may execute at once; more wait their turn in arrival order. Each executing
         * request holds a worker thread while its vendors answer, so this bounds how many share the CPU: enough to
         * keep a core busy while vendors are slow, few enough that vendor answers are still read in time.
         */
        @WithDefault("32")
        int maxConcurrentRequests();

        /** How many GraphQL requests may wait for their turn; one more is refused at once (HTTP 503). */
        @WithDefault("512")
        int maxQueuedRequests();

        /** How long a GraphQL request may wait for its turn before it is refused (HTTP 503). */
        @WithDefault("PT10S")
        Duration queueTimeout();
    }

    interface Auth {
        /**
         * Whether every GraphQL request (HTTP and WebSocket) must carry a valid bearer JWT, verified with the
         * MicroProfile JWT keys ({@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer}); roles come
         * from its {@code groups} claim. Default {@code true}, so a deployment is safe unless told otherwise;
         * {@code false} in the dev and test profiles, where every caller holds every role.
         */
        @WithDefault("true")
        boolean enabled();
    }
}
