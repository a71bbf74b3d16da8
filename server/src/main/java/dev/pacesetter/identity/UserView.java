package dev.pacesetter.identity;

import dev.pacesetter.platform.Role;

import java.util.Set;

/** A user as other features see it. */
public record UserView(long id, long orgId, String email, String displayName, Set<Role> roles, String salesRole,
                       Long teamId, Long managerId, String timeZone, String locale, boolean active) {

    public UserView {
        roles = Set.copyOf(roles);
    }
}
