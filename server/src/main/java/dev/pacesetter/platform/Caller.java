package dev.pacesetter.platform;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated principal of a request, from a verified bearer token.
 *
 * @param orgId    the organisation every query is scoped to
 * @param userId   the user (or service account) the token names
 * @param roles    the roles the token grants
 * @param actingFor for an ASSISTANT token, the one rep it acts for; otherwise null
 */
public record Caller(long orgId, long userId, Set<Role> roles, Long actingFor) implements Principal {

    public Caller {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a caller has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(Role.ASSISTANT) && actingFor == null) {
            throw new IllegalArgumentException("an ASSISTANT token must name the rep it acts for");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** The user whose data "my" means: the rep an assistant acts for, else the caller. */
    public long subjectId() {
        return actingFor != null ? actingFor : userId;
    }

    /** Fails with 403 unless the caller has one of the roles. */
    public void require(Role first, Role... others) {
        if (has(first)) {
            return;
        }
        for (Role r : others) {
            if (has(r)) {
                return;
            }
        }
        StringBuilder names = new StringBuilder(first.name());
        for (Role r : others) {
            names.append(" or ").append(r.name());
        }
        throw ProblemException.forbidden("This requires the " + names + " role.");
    }

    @Override
    public String getName() {
        return orgId + "/" + userId;
    }
}
