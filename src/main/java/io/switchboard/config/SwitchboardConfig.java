package io.switchboard.config;

import java.time.Duration;
import java.util.Optional;

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

    default Optional<String> url(Vendor vendor) {
        Optional<String> url = switch (vendor) {
            case GLADLY -> gladly().url();
            case GBTALK -> gbtalk().url();
            case BLINGER -> blinger().url();
            case GAGLERS -> gaglers().url();
        };
        return url.filter(u -> !u.isBlank());
    }

    interface Gladly {
        /** REST base including {@code /api/v1}; unset disables Gladly. */
        Optional<String> url();

        /** The API user's email (Basic auth user name). */
        Optional<String> username();

        /** The API token (Basic auth password). */
        Optional<String> token();

        /** Organization id for the public answers endpoints. */
        Optional<String> orgId();
    }

    interface GbTalk {
        /** Full URL of the API script ({@code .../script/include/api.php}); unset disables GB Talk. */
        Optional<String> url();

        /** Admin token, sent as the {@code token} form field. */
        Optional<String> token();

        /** The secret GB Talk puts in every webhook's {@code key} field. */
        Optional<String> webhookKey();
    }

    interface Blinger {
        /** Base including {@code /api/external/v1}; unset disables Blinger. */
        Optional<String> url();

        /** Sent as the {@code Authorization} header value. */
        Optional<String> token();
    }

    interface Gaglers {
        /** Base including {@code /api/v1}; unset disables Gaglers. */
        Optional<String> url();

        /** API user name ({@code Authorization: apikey <username>:<api-key>}). */
        Optional<String> username();

        /** API key. */
        Optional<String> apiKey();
    }

    interface Cache {
        /** How long a fetched object or list is served from the store without asking the vendor; PT0S turns caching off. */
        @WithDefault("PT5M")
        Duration ttl();

        /** How long past its ttl a cached copy may still be served while the vendor is failing. */
        @WithDefault("PT24H")
        Duration staleFor();
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
