package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.ContestKind;
import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Participation;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may create, see and steer a contest. Admins: everything in their organisation. Managers: contests
 * aimed at teams they manage or at their reports. Reps: head-to-head challenges in their own name, and
 * seeing the contests they are eligible for. Assistants read as their rep; integrations only ingest.
 */
@ApplicationScoped
class ContestAccess {

    @Inject
    IdentityService identity;

    /** Fails with 403 (or 422 for unknown people and teams) unless the caller may create this contest. */
    void checkCreate(Caller caller, NewContest in) {
        caller.require(Role.ADMIN, Role.MANAGER, Role.REP);
        if (in.getAudience() == null) {
            return; // the definition check names the missing field
        }
        long orgId = caller.orgId();
        List<Long> teamIds = in.getAudience().getTeamIds() == null ? List.of() : in.getAudience().getTeamIds();
        List<Long> userIds = in.getAudience().getUserIds() == null ? List.of() : in.getAudience().getUserIds();
        for (Long teamId : teamIds) {
            if (teamId == null || identity.teams(orgId).stream().noneMatch(t -> t.id() == teamId)) {
                throw ProblemException.invalid("audience.teamIds", "no team " + teamId + " in this organisation");
            }
        }
        for (Long userId : userIds) {
            if (userId == null || identity.users(orgId, List.of(userId)).isEmpty()) {
                throw ProblemException.invalid("audience.userIds", "no user " + userId + " in this organisation");
            }
        }
        if (caller.isAdmin()) {
            return;
        }
        if (caller.has(Role.MANAGER)) {
            Set<Long> managed = managedTeams(caller);
            Set<Long> reach = new HashSet<>(identity.reportIds(orgId, caller.userId()));
            reach.add(caller.userId());
            boolean roles = in.getAudience().getRoles() != null && !in.getAudience().getRoles().isEmpty();
            if (roles || !managed.containsAll(teamIds) || !reach.containsAll(userIds)) {
                throw ProblemException.forbidden("A manager may aim a contest only at teams they manage or their reports.");
            }
            return;
        }
        if (in.getKind() != ContestKind.HEAD_TO_HEAD || in.getChallengerId() == null
                || in.getChallengerId() != caller.userId()) {
            throw ProblemException.forbidden("A rep may only challenge a colleague to a HEAD_TO_HEAD in their own name.");
        }
    }

    /** Whether the caller may see the contest; callers answer 404 when not. */
    boolean canSee(Caller caller, LoadedContest c) {
        if (caller.has(Role.INTEGRATION) && caller.roles().size() == 1) {
            return false;
        }
        if (caller.isAdmin() || c.row().createdBy == caller.subjectId()) {
            return true;
        }
        UserView subject = identity.recentUser(caller.orgId(), caller.subjectId());
        if (subject == null) {
            return false;
        }
        Participation participation = c.definition().participation();
        if (participation.admits(String.valueOf(subject.id()), roleNames(subject),
                subject.teamId() == null ? Set.of() : Set.of(String.valueOf(subject.teamId())), true)) {
            return true;
        }
        if (caller.has(Role.MANAGER) && caller.actingFor() == null) {
            return switch (participation.audience()) {
                case Participation.ByTeam teams -> intersects(teams.teamIds(), managedTeams(caller));
                case Participation.Listed listed -> intersects(listed.participantIds(),
                        identity.reportIds(caller.orgId(), caller.userId()));
                case Participation.ByRole roles -> false;
            };
        }
        return false;
    }

    /** Schedule, cancel, start and end belong to the organiser: the creator or an admin. */
    void checkOrganiser(Caller caller, LoadedContest c) {
        if (caller.has(Role.ASSISTANT) || !(caller.isAdmin() || c.row().createdBy == caller.userId())) {
            throw ProblemException.forbidden("Only the contest's creator or an admin may do this.");
        }
    }

    Set<Long> managedTeams(Caller caller) {
        return identity.teams(caller.orgId()).stream()
                .filter(t -> t.managerId() != null && t.managerId() == caller.userId())
                .map(TeamView::id).collect(Collectors.toSet());
    }

    static Set<String> roleNames(UserView user) {
        return user.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static boolean intersects(Set<String> ids, Collection<Long> others) {
        return others.stream().anyMatch(id -> ids.contains(String.valueOf(id)));
    }
}
