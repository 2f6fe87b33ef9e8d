package io.switchboard.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.switchboard.config.SwitchboardConfig;

/**
 * Gives every caller the roles {@code @RolesAllowed} checks, so the same annotations hold whether authentication is
 * on or off: with {@code switchboard.auth.enabled} the roles a token's {@code groups} imply (an admin is also an agent
 * and a viewer), without it every role, since then there is no caller to tell apart.
 */
@ApplicationScoped
public class CallerRoles implements SecurityIdentityAugmentor {

    @Inject
    SwitchboardConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        Set<String> roles = config.auth().enabled() ? Roles.implied(identity.getRoles()) : Roles.ALL;
        if (identity.getRoles().containsAll(roles)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(roles).build());
    }
}
