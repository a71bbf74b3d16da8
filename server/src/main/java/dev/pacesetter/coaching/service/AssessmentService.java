package dev.pacesetter.coaching.service;

import dev.pacesetter.coaching.RepGaps;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Reads of assessments: a rep's proficiency and gaps, a team's heatmap — each computed on read. */
@ApplicationScoped
class AssessmentService {

    @Inject
    Assessor assessor;

    @Inject
    CoachingAccess access;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    /** A rep's assessment among the organisation's peers. */
    record RepView(OrgAssessment org, UserView rep) {
        RepGaps gaps() {
            return org.gaps().get(rep.id());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    RepView rep(Caller caller, long repId) {
        UserView rep = access.visibleRep(caller, repId);
        return new RepView(assessor.assess(caller.orgId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), rep), rep);
    }

    /** The team's reps; for the team's manager, a manager above them, or an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Heatmap heatmap(Caller caller, long teamId) {
        TeamView team = identity.team(caller.orgId(), teamId);
        boolean allowed = caller.actingFor() == null && (caller.isAdmin() || caller.has(Role.MANAGER)
                && team.managerId() != null && (team.managerId() == caller.userId()
                || identity.reportIds(caller.orgId(), caller.userId()).contains(team.managerId())));
        if (!allowed) {
            throw ProblemException.forbidden("Only the team's managers or an admin may see its skill heatmap.");
        }
        OrgAssessment org = assessor.assess(caller.orgId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        List<UserView> members = identity.teamMembers(caller.orgId(), teamId).stream()
                .filter(u -> org.gaps().containsKey(u.id())).toList();
        return new Heatmap(team, org, members);
    }

    /** A team's members as assessed within their organisation. */
    record Heatmap(TeamView team, OrgAssessment org, List<UserView> members) {
    }
}
