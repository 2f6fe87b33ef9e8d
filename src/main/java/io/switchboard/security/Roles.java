package io.switchboard.security;

import java.util.Set;

/**
 * The caller roles Switchboard knows, as they appear in a token's {@code groups} claim. Each role includes the ones
 * below it, so a token needs to name only its highest role:
 * <ul>
 * <li>{@link #VIEWER} runs queries;</li>
 * <li>{@link #AGENT} also runs the conversation, message, note and SMS mutations;</li>
 * <li>{@link #ADMIN} also runs the agent, customer and chat-widget mutations and {@code refresh}.</li>
 * </ul>
 * Resolvers name the lowest role that may call them, e.g. {@code @RolesAllowed(Roles.AGENT)}.
 */
public final class Roles {

    public static final String VIEWER = "support-viewer";
    public static final String AGENT = "support-agent";
    public static final String ADMIN = "support-admin";

    /** Every role, granted to all callers while {@code switchboard.auth.enabled} is false. */
    public static final Set<String> ALL = Set.of(VIEWER, AGENT, ADMIN);

    private Roles() {
    }

    /** The roles a caller holds given the groups its token names: each group and every role below it. */
    static Set<String> implied(Set<String> groups) {
        if (groups.contains(ADMIN)) {
            return ALL;
        }
        if (groups.contains(AGENT)) {
            return Set.of(VIEWER, AGENT);
        }
        if (groups.contains(VIEWER)) {
            return Set.of(VIEWER);
        }
        return Set.of();
    }
}
