package dev.pacesetter.contests.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.ActivityRef;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestMetric;
import dev.pacesetter.client.model.ContestStanding;
import dev.pacesetter.client.model.ContestStandings;
import dev.pacesetter.client.model.ContestTieRule;
import dev.pacesetter.client.model.Correction;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

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

    /**
     * Deals arriving batch by batch (out of order, a reversal of the leader's best, an amendment, a
     * reversal of a deal the metric never counted) project to exactly the standings a rebuild gives.
     */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"SUM_AMOUNT, STANDARD_COMPETITION", "BEST_SINGLE, DENSE", "SUM_AMOUNT, FIRST_TO_REACH"})
    void incrementalStandingsEqualARebuildAfterCorrections(ContestMetric.AggregationEnum aggregation,
                                                           ContestTieRule rule) throws Exception {
        TestOrg fresh = TestOrg.create(3);
        Contest contest = Contests.live(fresh, callRace(fresh, 1).tieRule(rule).metric(new ContestMetric()
                .activityTypes(List.of("DEAL_WON")).aggregation(aggregation).currency("USD")));
        Contests.caughtUp(contest.getId());
        UserView a = fresh.reps.get(0);
        UserView b = fresh.reps.get(1);
        UserView c = fresh.reps.get(2);
        String[][] batches = {
                {"a1", a.id() + "", "20", "500.00", ""},
                {"b1", b.id() + "", "10", "700.00", "", "c1", c.id() + "", "30", "500.00", ""},
                {"a2", a.id() + "", "5", "700.00", "", "b2", b.id() + "", "40", "100.00", ""},
                {"b1r", b.id() + "", "10", null, "REVERSAL:b1"},
                {"a1m", a.id() + "", "20", "900.00", "AMENDMENT:a1", "c2", c.id() + "", "-90", "900.00", ""},
                {"c2r", c.id() + "", "-90", null, "REVERSAL:c2", "b3", b.id() + "", "1", "700.00", ""}};
        for (String[] batch : batches) {
            deals(fresh, batch);
            Contests.caughtUp(contest.getId());
        }
        List<String> incremental = summary(api(fresh, fresh.admin).getContestStandings(contest.getId(), null, 10, 0, null));
        CdiRedis.flushContest(contest.getId());
        Contests.caughtUp(contest.getId());
        assertEquals(incremental, summary(api(fresh, fresh.admin).getContestStandings(contest.getId(), null, 10, 0, null)));
        assertEquals(3, incremental.size());
    }

    /**
     * Ranked by counts in Redis, or by ranking every entry Redis holds in memory (how whole standings
     * are ranked), every rep sees the same page, rank, distances, neighbours and chosen entrants.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"STANDARD_COMPETITION", "DENSE", "FIRST_TO_REACH"})
    void rankingByCountsInRedisEqualsRankingTheWholeList(ContestTieRule rule) throws Exception {
        TestOrg field = TestOrg.create(9);
        for (int i = 0; i < field.reps.size(); i++) {
            OffsetDateTime[] at = new OffsetDateTime[i % 4];
            for (int j = 0; j < at.length; j++) {
                at[j] = START.plusMinutes(40 - 3L * i - j);
            }
            if (at.length > 0) {
                calls(field, field.reps.get(i), at);
            }
        }
        Contest contest = Contests.live(field, callRace(field, 3).tieRule(rule));
        Contests.caughtUp(contest.getId());
        List<Long> chosen = List.of(field.reps.get(0).id(), field.reps.get(5).id());
        StandingsService service = CDI.current().select(StandingsService.class).get();
        StandingsMapper mapper = CDI.current().select(StandingsMapper.class).get();
        LoadedContest loaded = CDI.current().select(ContestLoader.class).get()
                .load(CDI.current().select(ContestStore.class).get().byId(contest.getId()));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        for (UserView rep : field.reps) {
            ContestStandings live = api(field, rep).getContestStandings(contest.getId(), null, 4, 2, chosen);
            Caller caller = new Caller(field.org.id(), rep.id(), Set.of(Role.REP), null);
            StandingsSlice whole = StandingsSlice.of(service.ranked(loaded), String.valueOf(rep.id()), 0, 4, 2, chosen);
            assertEquals(json.convertValue(mapper.toApi(whole, caller), ContestStandings.class), live,
                    "as seen by " + rep.displayName());
        }
    }

    /** Deals as (external id, user, minutes after the start, amount, correction "KIND:of") groups of five. */
    private static void deals(TestOrg org, String... cells) throws Exception {
        ActivityBatch batch = new ActivityBatch();
        for (int i = 0; i < cells.length; i += 5) {
            ActivityInput deal = new ActivityInput().source("crm").externalId(org.org.slug() + cells[i]).type("DEAL_WON")
                    .userId(Long.parseLong(cells[i + 1])).occurredAt(START.plusMinutes(Long.parseLong(cells[i + 2])))
                    .amount(cells[i + 3]).currency(cells[i + 3] == null ? null : "USD").product("Platform");
            if (!cells[i + 4].isEmpty()) {
                String[] kindOf = cells[i + 4].split(":");
                deal.correction(Correction.fromValue(kindOf[0]))
                        .corrects(new ActivityRef().source("crm").externalId(org.org.slug() + kindOf[1]));
            }
            batch.addActivitiesItem(deal);
        }
        new ActivitiesApi(org.client(org.integration)).ingestActivities(batch.atomic(true), null);
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
