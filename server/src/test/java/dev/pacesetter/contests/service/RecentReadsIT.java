package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.client.api.IdentityApi;
import dev.pacesetter.client.api.LeaderboardsApi;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAction;
import dev.pacesetter.client.model.ContestStanding;
import dev.pacesetter.client.model.ContestStandings;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.client.model.Leaderboard;
import dev.pacesetter.client.model.LeaderboardEntry;
import dev.pacesetter.client.model.Period;
import dev.pacesetter.client.model.UserUpdate;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.Projection;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.pacesetter.contests.service.Contests.START;
import static dev.pacesetter.contests.service.Contests.action;
import static dev.pacesetter.contests.service.Contests.api;
import static dev.pacesetter.contests.service.Contests.callRace;
import static dev.pacesetter.contests.service.Contests.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Standings and leaderboard reads keep contests and users they read a moment ago (see
 * {@link RecentContests} and {@code IdentityService.recentUser}); a change made through this server
 * must still show in the very next read.
 */
class RecentReadsIT {
    private static TestOrg org;
    private static UserView rep0;
    private static UserView rep1;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(2);
        rep0 = org.reps.get(0);
        rep1 = org.reps.get(1);
        calls(org, rep0, START.plusMinutes(5));
    }

    @Test
    void aLifecycleStepShowsInTheNextStandingsRead() throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1));
        Contests.caughtUp(contest.getId());
        assertEquals(ContestStatus.LIVE, api(org, rep0).getContestStandings(contest.getId(), null, 10, 0, null).getStatus());
        api(org, org.admin).actOnContest(contest.getId(), action(ContestAction.CANCEL));
        assertEquals(ContestStatus.CANCELLED,
                api(org, rep0).getContestStandings(contest.getId(), null, 10, 0, null).getStatus());
    }

    @Test
    void aRenameShowsInTheNextStandingsAndLeaderboardRead() throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1));
        Contests.caughtUp(contest.getId());
        assertEquals(rep0.displayName(), nameIn(api(org, rep1).getContestStandings(contest.getId(), null, 10, 0, null)));
        assertEquals(rep0.displayName(), nameOnBoard());
        String renamed = "Renamed " + UUID.randomUUID();
        new IdentityApi(org.client(org.admin)).updateUser(rep0.id(), new UserUpdate().displayName(renamed));
        assertEquals(renamed, nameIn(api(org, rep1).getContestStandings(contest.getId(), null, 10, 0, null)));
        assertEquals(renamed, nameOnBoard());
    }

    @Test
    void aRepMovedOutOfTheAudienceLosesSightOfTheContestAtOnce() throws Exception {
        TestOrg own = TestOrg.create(1);
        UserView rep = own.reps.getFirst();
        Contest contest = Contests.live(own, callRace(own, 1));
        api(own, rep).getContestStandings(contest.getId(), null, 10, 0, null);
        TeamView elsewhere = CDI.current().select(IdentityAdmin.class).get().createTeam(own.org.id(),
                new NewTeam().name("Elsewhere " + UUID.randomUUID()));
        new IdentityApi(own.client(own.admin)).updateUser(rep.id(), new UserUpdate().teamId(elsewhere.id()));
        Problems.expect(404, () -> api(own, rep).getContestStandings(contest.getId(), null, 10, 0, null));
    }

    @Test
    void anotherOrganisationsCallerNeverSeesAContestReadBefore() throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1));
        api(org, rep0).getContestStandings(contest.getId(), null, 10, 0, null);
        TestOrg other = TestOrg.create(1);
        Problems.expect(404, () -> api(other, other.admin).getContestStandings(contest.getId(), null, 10, 0, null));
    }

    private static String nameIn(ContestStandings standings) {
        return standings.getEntries().stream().filter(s -> s.getEntrantId() == rep0.id()).findFirst()
                .map(ContestStanding::getDisplayName).orElseThrow();
    }

    private static String nameOnBoard() throws Exception {
        Projection.awaitCaughtUp(org.org.id());
        Leaderboard board = new LeaderboardsApi(org.client(rep1)).getLeaderboard("calls", Period.MONTH,
                START.atZoneSameInstant(org.org.zone()).toLocalDate(), null, 10, 0, null);
        return board.getEntries().stream().filter(e -> e.getUserId() == rep0.id()).findFirst()
                .map(LeaderboardEntry::getDisplayName).orElseThrow();
    }
}
