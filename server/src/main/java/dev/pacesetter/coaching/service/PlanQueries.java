package dev.pacesetter.coaching.service;

import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plan listings: a rep (or the assistant for its rep) sees their own plans once assigned; a manager
 * their own and their reports' (drafts included, since they are the ones who edit them); an admin
 * every plan of the organisation. At most 200, newest first.
 */
@ApplicationScoped
class PlanQueries {

    @Inject
    CoachingStore store;

    @Inject
    CoachingAccess access;

    @Inject
    IdentityService identity;

    @Transactional(Transactional.TxType.SUPPORTS)
    List<PlanRow> list(Caller caller, Long repId, String state) {
        if (repId != null) {
            access.visibleRep(caller, repId);
            return store.plans(caller.orgId(), List.of(repId), state, access.canCoach(caller, repId));
        }
        if (caller.isAdmin() && caller.actingFor() == null) {
            return store.plans(caller.orgId(), null, state, true);
        }
        List<PlanRow> own = store.plans(caller.orgId(), List.of(caller.subjectId()), state, false);
        if (!caller.has(Role.MANAGER) || caller.actingFor() != null) {
            return own;
        }
        List<PlanRow> reports = store.plans(caller.orgId(), identity.reportIds(caller.orgId(), caller.userId()),
                state, true);
        return Stream.concat(own.stream(), reports.stream())
                .sorted(Comparator.comparing((PlanRow p) -> p.id).reversed()).limit(200).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<PlanItemRow> items(PlanRow row) {
        return store.items(row.id);
    }
}
