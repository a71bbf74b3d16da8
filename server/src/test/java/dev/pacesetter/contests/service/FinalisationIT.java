package dev.pacesetter.contests.service;

import dev.pacesetter.client.model.Contest;
import dev.pacesetter.client.model.ContestAward;
import dev.pacesetter.client.model.ContestDiscrepancy;
import dev.pacesetter.client.model.ContestStanding;
import dev.pacesetter.client.model.ContestStandings;
import dev.pacesetter.client.model.ContestStatus;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.pacesetter.contests.service.Contests.START;
import static dev.pacesetter.contests.service.Contests.api;
import static dev.pacesetter.contests.service.Contests.callRace;
import static dev.pacesetter.contests.service.Contests.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finalisation happens once, freezes the standings and awards, and late corrections only get reported. */
class FinalisationIT {

    @Test
    void severalFinalisersAtOnceFinaliseOnceAndLaterActivityOnlyRaisesADiscrepancy() throws Exception {
        TestOrg org = TestOrg.create(2);
        UserView rep0 = org.reps.get(0);
        UserView rep1 = org.reps.get(1);
        Contest contest = Contests.live(org, callRace(org, 1));
        calls(org, rep0, START.plusMinutes(5), START.plusMinutes(6));
        calls(org, rep1, START.plusMinutes(7));
        Contests.caughtUp(contest.getId());

        Instant afterTheEnd = Instant.now().plus(3, ChronoUnit.HOURS);
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<List<String>> finaliser = () -> {
                go.await();
                return Contests.scheduler().advance(contest.getId(), afterTheEnd);
            };
            results.add(pool.submit(finaliser));
        }
        go.countDown();
        List<String> steps = new ArrayList<>();
        for (Future<List<String>> result : results) {
            steps.addAll(result.get());
        }
        pool.shutdown();
        assertEquals(List.of("END", "FINALISE"), steps.stream().sorted().toList());
        assertEquals(List.of(), Contests.scheduler().advance(contest.getId(), afterTheEnd.plusSeconds(60)));

        ContestStandings frozen = api(org, rep1).getContestStandings(contest.getId(), null, 10, 0, null);
        assertEquals(ContestStatus.FINALISED, frozen.getStatus());
        assertTrue(frozen.getFrozen());
        List<ContestAward> awards = frozen.getAwards();
        assertEquals(1, awards.size());
        assertEquals(rep0.id(), awards.getFirst().getEntrantId());
        assertEquals("Prize 1", awards.getFirst().getPrizes().getFirst().getDescription());
        assertEquals("100.00", awards.getFirst().getPrizes().getFirst().getCashValue());

        calls(org, rep1, START.plusMinutes(8), START.plusMinutes(9));
        Contests.caughtUp(contest.getId());
        ContestStandings still = api(org, rep1).getContestStandings(contest.getId(), null, 10, 0, null);
        assertEquals(List.of(rep0.id() + ":2", rep1.id() + ":1"),
                still.getEntries().stream().map(s -> s.getEntrantId() + ":" + s.getScore()).toList());
        assertEquals(1, still.getAwards().size());

        Contests.scheduler().checkLate(contest.getId());
        List<ContestDiscrepancy> found = api(org, org.admin).listContestDiscrepancies(contest.getId()).getItems();
        assertTrue(found.stream().anyMatch(d -> d.getNewlyWinning().contains(rep1.id())), found::toString);
        assertEquals(List.of(rep0.id()), found.getLast().getNoLongerWinning());
        Problems.expect(403, () -> api(org, rep0).listContestDiscrepancies(contest.getId()));
        Contests.scheduler().checkLate(contest.getId());
        assertEquals(found.size(), api(org, org.admin).listContestDiscrepancies(contest.getId()).getItems().size());
    }

    @Test
    void aFinalisedContestsStandingsComeFromTheFrozenRows() throws Exception {
        TestOrg org = TestOrg.create(2);
        Contest contest = Contests.live(org, callRace(org, 1));
        calls(org, org.reps.get(1), START.plusMinutes(5));
        Contests.scheduler().advance(contest.getId(), Instant.now().plus(3, ChronoUnit.HOURS));
        // The live projection is gone with finalisation; only the frozen rows can answer.
        CdiRedis.flushContest(contest.getId());
        ContestStandings standings = api(org, org.reps.get(0)).getContestStandings(contest.getId(), null, 10, 0, null);
        assertEquals(List.of(org.reps.get(1).id(), org.reps.get(0).id()),
                standings.getEntries().stream().map(ContestStanding::getEntrantId).toList());
        assertEquals(List.of(1, 2), standings.getEntries().stream().map(ContestStanding::getRank).toList());
    }
}
