package dev.pacesetter.coaching.service;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see and do what in coaching. Seeing follows identity's rule (the rep, their managers at any
 * depth, admins; anyone else gets the 404 a missing rep would). Coaching — rating as a manager,
 * generating, editing, assigning, verifying — is for the rep's managers and admins, never the rep,
 * never the chat-bot.
 */
@ApplicationScoped
class CoachingAccess {

    @Inject
    IdentityService identity;

    /** A rep the caller may see, with a sales role; else 404 (or 422 when the user is no sales rep). */
    UserView visibleRep(Caller caller, long repId) {
        UserView rep = identity.visibleUser(caller, repId);
        salesRole(rep);
        return rep;
    }

    /** A rep the caller may coach; 404 when they may not even see the rep, 403 when they only may see. */
    UserView coachedRep(Caller caller, long repId) {
        UserView rep = visibleRep(caller, repId);
        requireCoach(caller, repId);
        return rep;
    }

    void requireCoach(Caller caller, long repId) {
        if (caller.actingFor() != null) {
            throw ProblemException.forbidden("The assistant has read-only access to coaching.");
        }
        if (caller.isAdmin()) {
            return;
        }
        if (caller.has(Role.MANAGER) && identity.reportIds(caller.orgId(), caller.userId()).contains(repId)) {
            return;
        }
        if (identity.canSee(caller, repId)) {
            throw ProblemException.forbidden("Only the rep's manager or an admin may do this.");
        }
        throw ProblemException.notFound("User " + repId);
    }

    boolean canCoach(Caller caller, long repId) {
        return caller.actingFor() == null && (caller.isAdmin() || caller.has(Role.MANAGER)
                && identity.reportIds(caller.orgId(), caller.userId()).contains(repId));
    }

    static SalesRole salesRole(UserView user) {
        if (user.salesRole() == null || user.salesRole().isBlank()) {
            throw ProblemException.invalid("repId", "user " + user.id() + " has no sales role, so no skills to coach");
        }
        return SalesRole.valueOf(user.salesRole());
    }
}
