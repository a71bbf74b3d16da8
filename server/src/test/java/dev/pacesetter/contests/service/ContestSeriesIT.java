package dev.pacesetter.contests.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.api.model.NewTeam;
import dev.pacesetter.api.model.NewUser;
import dev.pacesetter.api.model.SalesRole;
import dev.pacesetter.client.api.ContestsApi;
import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAudience;
import dev.pacesetter.client.model.ContestDiscrepancy;
import dev.pacesetter.client.model.ContestKind;
import dev.pacesetter.client.model.ContestPrize;
import dev.pacesetter.client.model.ContestRecurrence;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.client.model.NewContest;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Await;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static dev.pacesetter.contests.service.Contests.END;
import static dev.pacesetter.contests.service.Contests.START;
import static dev.pacesetter.contests.service.Contests.api;
import static dev.pacesetter.contests.service.Contests.callRace;
import static dev.pacesetter.contests.service.Contests.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recurring contests open their next period once; races end themselves; team battles get late checks. */
class ContestSeriesIT {

    @Test
    void aDailyContestOpensItsNextPeriodOnceWhenAPeriodEndsAndKeepsThePastOneReadable() throws Exception {
        TestOrg org = TestOrg.create(2);
        ContestsApi admin = api(org, org.admin);
        Contest first = Contests.live(org, callRace(org, 1).recurrence(
                new ContestRecurrence().every(ContestRecurrence.EveryEnum.DAY)));
        calls(org, org.reps.get(1), START.plusMinutes(5));
        Instant afterTheEnd = END.toInstant().plusSeconds(1);
        assertEquals(List.of("END", "FINALISE"), Contests.scheduler().advance(first.getId(), afterTheEnd));
        assertEquals(List.of(), Contests.scheduler().advance(first.getId(), afterTheEnd.plusSeconds(60)));

        Contest past = admin.getContest(first.getId());
        assertEquals(ContestStatus.FINALISED, past.getStatus());
        assertEquals(first.getId(), past.getSeriesId());
        Contest next = admin.getContest(past.getNextId());
        assertEquals(ContestStatus.SCHEDULED, next.getStatus());
        assertEquals(first.getId(), next.getSeriesId());
        assertEquals(first.getId(), next.getPreviousId());
        assertNull(next.getNextId());
        ZoneId zone = org.org.zone();
        ZonedDateTime midnight = END.atZoneSameInstant(zone).toLocalDate().atStartOfDay(zone);
        if (midnight.toInstant().isBefore(END.toInstant())) {
            midnight = midnight.toLocalDate().plusDays(1).atStartOfDay(zone);
        }
        assertEquals(midnight.toInstant(), next.getDefinition().getStartsAt().toInstant(), "the next local midnight");
        assertEquals(midnight.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant(),
                next.getDefinition().getEndsAt().toInstant());
        assertEquals(List.of(org.reps.get(1).id()), api(org, org.reps.get(0)).getContestStandings(first.getId(), null,
                10, 0, null).getAwards().stream().map(a -> a.getEntrantId()).toList(), "the past period's winner");
    }

    @Test
    void whoOptedIntoAPeriodIsInTheNextOne() throws Exception {
        TestOrg org = TestOrg.create(2);
        Contest first = Contests.live(org, callRace(org, 1).optIn(true).recurrence(
                new ContestRecurrence().every(ContestRecurrence.EveryEnum.DAY)));
        assertEquals(Boolean.TRUE, api(org, org.reps.get(0)).optIntoContest(first.getId()).getOptedIn());
        Contests.scheduler().advance(first.getId(), END.toInstant().plusSeconds(1));

        long nextId = api(org, org.admin).getContest(first.getId()).getNextId();
        assertEquals(Boolean.TRUE, api(org, org.reps.get(0)).getContest(nextId).getOptedIn());
        assertEquals(Boolean.FALSE, api(org, org.reps.get(1)).getContest(nextId).getOptedIn());
        assertEquals(Boolean.TRUE, api(org, org.reps.get(1)).optIntoContest(nextId).getOptedIn(),
                "the others can still opt into the new period");
    }

    @Test
    void aHeadToHeadDoesNotRecur() throws Exception {
        TestOrg org = TestOrg.create(2);
        NewContest duel = ContestsIT.challenge(org.reps.get(0), org.reps.get(1))
                .recurrence(new ContestRecurrence().every(ContestRecurrence.EveryEnum.DAY));
        JsonNode problem = Problems.expect(422, () -> api(org, org.reps.get(0)).createContest(duel, null));
        assertTrue(Problems.names(problem, "recurrence", null), problem::toString);
        NewContest weekly = callRace(org, 1).recurrence(new ContestRecurrence().every(ContestRecurrence.EveryEnum.WEEK));
        assertTrue(Problems.names(Problems.expect(422, () -> api(org, org.admin).createContest(weekly, null)),
                "recurrence.day", null));
    }

    private static NewContest raceToTwo(TestOrg org, boolean endWhenTaken) {
        return callRace(org, 0).kind(ContestKind.RACE_TO_TARGET).goal("2").winners(1)
                .endWhenPrizesTaken(endWhenTaken).prizes(List.of(new ContestPrize().position(1).description("First")));
    }

    @Test
    void aRaceToTargetEndsItselfWhenItsLastPrizeIsTakenWhenItSaysSo() throws Exception {
        TestOrg org = TestOrg.create(2);
        Contest ends = Contests.live(org, raceToTwo(org, true));
        Contest runs = Contests.live(org, raceToTwo(org, false));
        calls(org, org.reps.get(0), START.plusMinutes(50), START.plusMinutes(51));
        for (Contest c : List.of(ends, runs)) {
            Contests.caughtUp(c.getId());
            Contests.scheduler().endIfPrizesTaken(c.getId()); // the standings observer may have been first
        }
        Contest ended = Contests.awaitStep(api(org, org.admin), ends.getId(), "END");
        assertEquals("system", Contests.step(ended, "END").getBy());
        assertTrue(Set.of(ContestStatus.ENDED, ContestStatus.FINALISED).contains(ended.getStatus()), ended::toString);
        assertEquals(ContestStatus.LIVE, api(org, org.admin).getContest(runs.getId()).getStatus());
        assertFalse(Contests.scheduler().endIfPrizesTaken(runs.getId()));
    }

    @Test
    void aLateCorrectionThatWouldChangeATeamBattlesWinnerIsReported() throws Exception {
        TestOrg battle = TestOrg.create(2);
        IdentityAdmin admin = CDI.current().select(IdentityAdmin.class).get();
        TeamView other = admin.createTeam(battle.org.id(), new NewTeam().name("Other " + battle.org.slug()));
        UserView rival = admin.createUser(battle.org.id(), new NewUser().email("rival@example.com").displayName("Rival")
                .roles(List.of(dev.pacesetter.api.model.Role.REP)).salesRole(SalesRole.AE).teamId(other.id())
                .timeZone("America/New_York").locale("en-US"));
        NewContest definition = callRace(battle, 1).kind(ContestKind.TEAM_BATTLE)
                .audience(new ContestAudience().teamIds(List.of(battle.team.id(), other.id())));
        Contest contest = Contests.live(battle, definition);
        calls(battle, battle.reps.get(0), START.plusMinutes(1));
        calls(battle, rival, START.plusMinutes(2), START.plusMinutes(3));
        Contests.caughtUp(contest.getId());
        Contests.scheduler().advance(contest.getId(), END.toInstant().plusSeconds(1));

        calls(battle, battle.reps.get(1), START.plusMinutes(4), START.plusMinutes(5));
        // No manual check: the background poll finds the finalised contest behind the ledger by itself.
        List<ContestDiscrepancy> found = Await.until(
                () -> api(battle, battle.admin).listContestDiscrepancies(contest.getId()).getItems(), l -> !l.isEmpty());
        assertTrue(found.stream().anyMatch(d -> d.getNewlyWinning().equals(List.of(battle.team.id()))
                && d.getNoLongerWinning().equals(List.of(other.id()))
                && d.getEntrantId().equals(battle.reps.get(1).id())), found::toString);
    }
}
