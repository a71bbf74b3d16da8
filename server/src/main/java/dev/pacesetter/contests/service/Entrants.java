package dev.pacesetter.contests.service;

import dev.pacesetter.contests.Activity;
import dev.pacesetter.contests.ActivityWindow;
import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.Participation;
import dev.pacesetter.contests.ScoreTally;
import dev.pacesetter.contests.TallyState;
import dev.pacesetter.contests.Targets;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who takes part in a contest, and their entries from the ledger. Known entrants (listed people, team
 * members, opt-ins) are ranked from the start at zero; anyone else the audience admits joins with their
 * first activity of the metric's kinds.
 */
@ApplicationScoped
class Entrants {

    @Inject
    IdentityService identity;

    /** The entrants known before any activity. */
    Set<Long> roster(LoadedContest c) {
        Participation participation = c.definition().participation();
        Set<Long> candidates = new HashSet<>();
        switch (participation.audience()) {
            case Participation.Listed listed -> candidates.addAll(LoadedContest.ids(listed.participantIds()));
            case Participation.ByTeam teams -> LoadedContest.ids(teams.teamIds()).forEach(t ->
                    identity.teamMembers(c.orgId(), t).forEach(u -> candidates.add(u.id())));
            case Participation.ByRole roles -> identity.teams(c.orgId()).forEach(t ->
                    identity.teamMembers(c.orgId(), t.id()).forEach(u -> candidates.add(u.id())));
        }
        if (participation.optIn()) {
            candidates.retainAll(c.optIns());
        }
        return admitted(c, candidates);
    }

    /** Those of the given users the contest admits (active or not: past activity still counts). */
    Set<Long> admitted(LoadedContest c, Collection<Long> userIds) {
        Set<Long> out = new TreeSet<>();
        Participation participation = c.definition().participation();
        for (UserView u : identity.users(c.orgId(), userIds).values()) {
            Set<String> teams = u.teamId() == null ? Set.of() : Set.of(String.valueOf(u.teamId()));
            if (participation.admits(String.valueOf(u.id()), ContestAccess.roleNames(u), teams,
                    c.optIns().contains(u.id()))) {
                out.add(u.id());
            }
        }
        return out;
    }

    /** Team battle rosters: team id to its participating members. */
    Map<String, Set<String>> teamRosters(LoadedContest c, Set<Long> members) {
        Map<String, Set<String>> rosters = new TreeMap<>();
        if (!(c.definition().participation().audience() instanceof Participation.ByTeam teams)) {
            return rosters;
        }
        for (Long teamId : LoadedContest.ids(teams.teamIds())) {
            Set<String> roster = new TreeSet<>();
            for (UserView u : identity.teamMembers(c.orgId(), teamId)) {
                if (members.contains(u.id())) {
                    roster.add(String.valueOf(u.id()));
                }
            }
            rosters.put(String.valueOf(teamId), roster);
        }
        return rosters;
    }

    Map<Long, String> teamNames(long orgId, Collection<Long> teamIds) {
        Map<Long, String> out = new HashMap<>();
        for (TeamView t : identity.teams(orgId)) {
            if (teamIds.contains(t.id())) {
                out.put(t.id(), t.name());
            }
        }
        return out;
    }

    /**
     * Entries of the roster plus every admitted user with activity of the metric's kinds.
     *
     * @param histories activities by user, from {@link LedgerActivities}
     */
    List<Entry> entries(LoadedContest c, ActivityWindow window, Map<Long, List<Activity>> histories) {
        return states(c, window, histories).stream().map(TallyState::entry).toList();
    }

    /** As {@link #entries(LoadedContest, ActivityWindow, Map)}, with what the projection keeps per entrant. */
    List<TallyState> states(LoadedContest c, ActivityWindow window, Map<Long, List<Activity>> histories) {
        Set<Long> users = new HashSet<>(roster(c));
        Set<Long> active = new HashSet<>();
        histories.forEach((user, activities) -> {
            if (activities.stream().anyMatch(a -> c.definition().metric().activityTypes().contains(a.type()))) {
                active.add(user);
            }
        });
        users.addAll(admitted(c, active));
        return states(c, window, users, histories);
    }

    /** Entries of exactly these users. */
    static List<Entry> entries(LoadedContest c, ActivityWindow window, Set<Long> users,
                               Map<Long, List<Activity>> histories) {
        return states(c, window, users, histories).stream().map(TallyState::entry).toList();
    }

    /** Tally states of exactly these users, recounted from their histories. */
    static List<TallyState> states(LoadedContest c, ActivityWindow window, Set<Long> users,
                                   Map<Long, List<Activity>> histories) {
        ScoreTally tally = ScoreTally.of(c.definition(), window);
        Targets targets = c.targets();
        return users.stream().sorted().map(u -> tally.state(String.valueOf(u),
                histories.getOrDefault(u, List.of()), target(targets, u))).toList();
    }

    /** A participant's own target (PERCENT_OF_TARGET), else none. */
    static OptionalLong target(Targets targets, long userId) {
        return targets == null ? OptionalLong.empty() : targets.of(String.valueOf(userId));
    }
}
