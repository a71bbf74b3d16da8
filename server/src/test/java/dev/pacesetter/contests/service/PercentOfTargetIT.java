package dev.pacesetter.contests.service;

import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestStanding;
import dev.pacesetter.client.model.ContestStandings;
import dev.pacesetter.client.model.ContestTarget;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.pacesetter.contests.service.Contests.START;
import static dev.pacesetter.contests.service.Contests.api;
import static dev.pacesetter.contests.service.Contests.callRace;
import static dev.pacesetter.contests.service.Contests.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranking on percent of each participant's own target: the contest's default target, or the
 * participant's own where the definition lists one; percent with four decimals, rounded down.
 */
class PercentOfTargetIT {
    private static TestOrg org;
    private static UserView veteran;
    private static UserView newcomer;
    private static UserView third;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(3);
        veteran = org.reps.get(0);
        newcomer = org.reps.get(1);
        third = org.reps.get(2);
        calls(org, veteran, START.plusMinutes(1), START.plusMinutes(2), START.plusMinutes(3));
        calls(org, newcomer, START.plusMinutes(4), START.plusMinutes(5));
        calls(org, third, START.plusMinutes(6));
    }

    private static NewContest percentRace() {
        return callRace(org, 1).scoring(NewContest.ScoringEnum.PERCENT_OF_TARGET).target("6")
                .targets(new ArrayList<>(List.of(new ContestTarget().userId(newcomer.id()).target("2"))));
    }

    @Test
    void aNewcomerWithAFairTargetLeadsAVeteranWithMoreCalls() throws Exception {
        Contest contest = Contests.live(org, percentRace());
        Contests.caughtUp(contest.getId());
        ContestStandings standings = api(org, third).getContestStandings(contest.getId(), null, 10, 0, null);
        assertEquals(List.of(newcomer.id() + ":100.0000", veteran.id() + ":50.0000", third.id() + ":16.6666"),
                standings.getEntries().stream().map(s -> s.getEntrantId() + ":" + s.getScore()).toList());
        assertEquals("33.3334", standings.getMe().getPointsToNextRank());
        calls(org, third, START.plusMinutes(7));
        Contests.caughtUp(contest.getId());
        assertEquals("33.3333", api(org, third).getContestStandings(contest.getId(), null, 10, 0, null).getMe()
                .getScore(), "incrementally folded, 2 of 6 rounded down");
        CdiRedis.flushContest(contest.getId());
        Contests.caughtUp(contest.getId());
        assertEquals(List.of("100.0000", "50.0000", "33.3333"), api(org, third).getContestStandings(contest.getId(),
                null, 10, 0, null).getEntries().stream().map(ContestStanding::getScore).toList(), "rebuilt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no default target         | target",
            "a zero default target     | target",
            "a target on a RAW contest | target",
            "a user listed twice       | targets[1].userId",
            "a negative own target     | targets[0].target"})
    void badTargetsAreRefusedNamingTheField(String bad, String field) throws Exception {
        NewContest contest = switch (bad) {
            case "no default target" -> percentRace().target(null);
            case "a zero default target" -> percentRace().target("0");
            case "a target on a RAW contest" -> callRace(org, 1).target("5");
            case "a user listed twice" -> percentRace().addTargetsItem(new ContestTarget().userId(newcomer.id())
                    .target("3"));
            default -> percentRace().targets(List.of(new ContestTarget().userId(third.id()).target("-1")));
        };
        assertTrue(Problems.names(Problems.expect(422, () -> api(org, org.admin).createContest(contest, null)), field,
                null));
    }
}
