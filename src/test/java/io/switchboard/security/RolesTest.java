package io.switchboard.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertEquals(Set.of(Roles.VIEWER), Roles.implied(Set.of(Roles.VIEWER)));
        assertEquals(Set.of(Roles.VIEWER, Roles.AGENT), Roles.implied(Set.of(Roles.AGENT)));
        assertEquals(Set.of(Roles.VIEWER, Roles.AGENT, Roles.ADMIN), Roles.implied(Set.of(Roles.ADMIN)));
        assertEquals(Set.of(Roles.VIEWER, Roles.AGENT, Roles.ADMIN),
                Roles.implied(Set.of(Roles.VIEWER, Roles.ADMIN)));
    }

    @Test
    void otherGroupsGrantNothing() {
        assertEquals(Set.of(), Roles.implied(Set.of()));
        assertEquals(Set.of(), Roles.implied(Set.of("admin", "Support-Admin", "support-admins", "viewer")));
    }
}
