package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestStanding;
import dev.pacesetter.client.model.ContestStandings;
import dev.pacesetter.client.model.ContestTieRule;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.pacesetter.contests.service.Contests.START;
import static dev.pacesetter.contests.service.Contests.api;
import static dev.pacesetter.contests.service.Contests.callRace;
import static dev.pacesetter.contests.service.Contests.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live standings from Redis, ranked under each tie rule. rep1 and rep0 both make two calls, but rep1
 * reached two first (and has the higher id), so ties are listed by who got there first, never by id.
 */
class StandingsIT {
    private static TestOrg org;
    private static UserView rep0;
    private static UserView rep1;
    private static UserView rep2;
    private static UserView rep3;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(4);
        rep0 = org.reps.get(0);
        rep1 = org.reps.get(1);
        rep2 = org.reps.get(2);
        rep3 = org.reps.get(3);
        calls(org, rep0, START.plusMinutes(5), START.plusMinutes(30));
        calls(org, rep1, START.plusMinutes(10), START.plusMinutes(20));
        calls(org, rep2, START.plusMinutes(1));
        calls(org, rep2, START.minusMinutes(1)); // before the start: does not count
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "STANDARD_COMPETITION, '1,1,3,4', 'true,true,false,false'",
            "DENSE,                '1,1,2,3', 'true,true,false,false'",
            "FIRST_TO_REACH,       '1,2,3,4', 'false,false,false,false'"})
    void tiesRankByTheContestsRuleAndListWhoReachedFirst(ContestTieRule rule, String ranks, String tied) throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1).tieRule(rule));
        Contests.caughtUp(contest.getId());
        ContestStandings standings = api(org, rep3).getContestStandings(contest.getId(), null, 10, 2, null);
        assertEquals(List.of(rep1.id(), rep0.id(), rep2.id(), rep3.id()),
                standings.getEntries().stream().map(ContestStanding::getEntrantId).toList());
        assertEquals(ranks, String.join(",", standings.getEntries().stream().map(s -> s.getRank().toString()).toList()));
        assertEquals(tied, String.join(",", standings.getEntries().stream().map(s -> s.getTied().toString()).toList()));
        assertEquals(List.of("2", "2", "1", "0"), standings.getEntries().stream().map(ContestStanding::getScore).toList());
        assertEquals(rule, standings.getTieRule());
        assertFalse(standings.getFrozen());
    }

    @Test
    void aRepSeesTheirRankPercentileAndDistances() throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1));
        Contests.caughtUp(contest.getId());
        ContestStandings standings = api(org, rep2).getContestStandings(contest.getId(), null, 10, 1, List.of(rep0.id()));
        assertTrue(standings.getMe().getEntered());
        assertEquals(3, standings.getMe().getRank());
        assertEquals("1", standings.getMe().getScore());
        assertEquals(33.3, standings.getMe().getPercentile(), 0.0001);
        assertEquals("1", standings.getMe().getPointsToNextRank());
        assertEquals("1", standings.getMe().getPointsToNearestPrize());
        assertEquals(List.of(rep0.id(), rep2.id(), rep3.id()),
                standings.getAround().stream().map(ContestStanding::getEntrantId).toList());
        assertEquals(List.of(rep0.id()), standings.getSelected().stream().map(ContestStanding::getEntrantId).toList());
        assertEquals("Rep0", standings.getSelected().getFirst().getDisplayName());
        ContestStandings leader = api(org, rep1).getContestStandings(contest.getId(), null, 10, 0, null);
        assertNull(leader.getMe().getPointsToNextRank());
        assertEquals(66.6, leader.getMe().getPercentile(), 0.0001);
    }

    @Test
    void theTopPagesWithACursor() throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1));
        Contests.caughtUp(contest.getId());
        ContestStandings first = api(org, rep0).getContestStandings(contest.getId(), null, 3, 0, null);
        assertEquals(3, first.getEntries().size());
        assertEquals(4, first.getTotal());
        ContestStandings second = api(org, rep0).getContestStandings(contest.getId(), first.getNextCursor(), 3, 0, null);
        assertEquals(List.of(rep3.id()), second.getEntries().stream().map(ContestStanding::getEntrantId).toList());
        assertNull(second.getNextCursor());
        Problems.expect(400, () -> api(org, rep0).getContestStandings(contest.getId(), null, 3, 26, null));
    }

    @Test
    void newActivityMovesTheLiveStandings() throws Exception {
        TestOrg fresh = TestOrg.create(2);
        Contest contest = Contests.live(fresh, callRace(fresh, 1));
        Contests.caughtUp(contest.getId());
        calls(fresh, fresh.reps.get(1), START.plusMinutes(3));
        Contests.caughtUp(contest.getId());
        ContestStandings standings = api(fresh, fresh.admin).getContestStandings(contest.getId(), null, 10, 0, null);
        assertEquals(fresh.reps.get(1).id(), standings.getEntries().getFirst().getEntrantId());
        assertEquals("1", standings.getEntries().getFirst().getScore());
        assertFalse(standings.getMe().getEntered());
    }

    @Test
    void standingsRebuiltFromTheLedgerAfterRedisLostThemAreTheSame() throws Exception {
        Contest contest = Contests.live(org, callRace(org, 1).tieRule(ContestTieRule.FIRST_TO_REACH));
        Contests.caughtUp(contest.getId());
        List<String> before = summary(api(org, rep0).getContestStandings(contest.getId(), null, 10, 0, null));
        CdiRedis.flushContest(contest.getId());
        assertEquals(before, summary(api(org, rep0).getContestStandings(contest.getId(), null, 10, 0, null)),
                "read straight from the ledger while Redis has nothing");
        Contests.caughtUp(contest.getId());
        assertEquals(before, summary(api(org, rep0).getContestStandings(contest.getId(), null, 10, 0, null)),
                "rebuilt into Redis");
        assertEquals(4, before.size());
    }

    private static List<String> summary(ContestStandings standings) {
        return standings.getEntries().stream()
                .map(s -> s.getRank() + ":" + s.getEntrantId() + ":" + s.getScore() + ":" + s.getReachedAt()).toList();
    }

    @Test
    void aTeamBattleRanksTeamsOnTheirMembersSum() throws Exception {
        TestOrg battle = TestOrg.create(2);
        IdentityAdmin admin = CDI.current().select(IdentityAdmin.class).get();
        TeamView other = admin.createTeam(battle.org.id(), new NewTeam().name("Other " + battle.org.slug()));
        UserView rival = admin.createUser(battle.org.id(), new NewUser().email("rival@example.com").displayName("Rival")
                .roles(List.of(dev.pacesetter.api.model.Role.REP)).salesRole(SalesRole.AE).teamId(other.id())
                .timeZone("America/New_York").locale("en-US"));
        calls(battle, battle.reps.get(0), START.plusMinutes(1), START.plusMinutes(2));
        calls(battle, battle.reps.get(1), START.plusMinutes(3));
        calls(battle, rival, START.plusMinutes(4), START.plusMinutes(5));
        NewContest definition = callRace(battle, 1).kind(ContestKind.TEAM_BATTLE)
                .audience(new ContestAudience().teamIds(List.of(battle.team.id(), other.id())));
        Contest contest = Contests.live(battle, definition);
        Contests.caughtUp(contest.getId());
        ContestStandings standings = api(battle, rival).getContestStandings(contest.getId(), null, 10, 0, null);
        assertEquals(List.of(battle.team.id() + ":3", other.id() + ":2"),
                standings.getTeams().stream().map(t -> t.getEntrantId() + ":" + t.getScore()).toList());
        assertEquals(3, standings.getEntries().size());
    }
}
