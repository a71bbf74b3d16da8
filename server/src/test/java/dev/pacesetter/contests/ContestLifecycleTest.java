package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.pacesetter.contests.ActivityRulesTest.berlin;
import static dev.pacesetter.contests.ContestLifecycle.SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContestLifecycleTest {

    /** The contests run in March 2025, Berlin: 3 Mar 00:00 to 1 Apr 00:00, two days' grace. */
    static ContestDefinition contest(String kind) {
        return switch (kind) {
            case "race" -> Fixtures.race(3, null, Fixtures.rank(1));
            case "duel" -> Fixtures.duel(null, Fixtures.rank(1));
            case "race-to-target" -> Fixtures.raceToTarget(20, 1, Fixtures.finisher(1));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The contest brought to a state by the usual steps (the opponent accepts a duel). */
    static Contest reach(String kind, ContestStatus status) {
        Contest contest = Contest.draft(contest(kind));
        Instant before = berlin("2025-03-01T12:00");
        if (status == ContestStatus.DRAFT) {
            return contest;
        }
        if (status == ContestStatus.CANCELLED) {
            return ContestLifecycle.apply(contest, LifecycleAction.CANCEL, "admin", before);
        }
        contest = kind.equals("duel") ? ContestLifecycle.apply(contest, LifecycleAction.ACCEPT_CHALLENGE, "bob", before)
                : ContestLifecycle.apply(contest, LifecycleAction.SCHEDULE, "admin", before);
        List<LifecycleAction> steps = List.of(LifecycleAction.START, LifecycleAction.END, LifecycleAction.FINALISE);
        List<String> times = List.of("2025-03-03T00:00", "2025-04-01T00:00", "2025-04-03T00:00");
        for (int i = 0; contest.status() != status; i++) {
            contest = ContestLifecycle.apply(contest, steps.get(i), SYSTEM, berlin(times.get(i)));
        }
        return contest;
    }

    @ParameterizedTest(name = "[{index}] {0} {1} --{2} by {3} at {4}--> {5}")
    @CsvSource(delimiter = '|', value = {
            // kind        | from      | action            | by     | at (Berlin)      | new state, or why not
            "race          | DRAFT     | SCHEDULE          | admin  | 2025-03-01T12:00 | SCHEDULED",
            "race          | DRAFT     | SCHEDULE          | admin  | 2025-04-01T00:00 | its end 2025-03-31T22:00:00Z has passed",
            "race          | DRAFT     | START             | system | 2025-03-03T00:00 | the legal steps from DRAFT are [SCHEDULE, ACCEPT_CHALLENGE, DECLINE_CHALLENGE, CANCEL]",
            "race          | DRAFT     | CANCEL            | admin  | 2025-03-01T12:00 | CANCELLED",
            "race          | DRAFT     | ACCEPT_CHALLENGE  | bob    | 2025-03-01T12:00 | only a HEAD_TO_HEAD has a challenge",
            "race          | SCHEDULED | START             | system | 2025-03-02T23:59 | it starts at 2025-03-02T23:00:00Z",
            "race          | SCHEDULED | START             | system | 2025-03-03T00:00 | LIVE",
            "race          | SCHEDULED | UNSCHEDULE        | admin  | 2025-03-02T12:00 | DRAFT",
            "race          | SCHEDULED | UNSCHEDULE        | admin  | 2025-03-03T00:00 | it started at",
            "race          | SCHEDULED | CANCEL            | admin  | 2025-03-02T12:00 | CANCELLED",
            "race          | SCHEDULED | CANCEL            | admin  | 2025-03-01T11:00 | before the previous step",
            "race          | LIVE      | END               | system | 2025-03-31T23:59 | only a race to target may end when its prizes are taken",
            "race          | LIVE      | END               | system | 2025-04-01T00:00 | ENDED",
            "race          | LIVE      | CANCEL            | admin  | 2025-03-15T12:00 | CANCELLED",
            "race          | LIVE      | SCHEDULE          | admin  | 2025-03-15T12:00 | the legal steps from LIVE are [END, CANCEL]",
            "race          | ENDED     | FINALISE          | system | 2025-04-02T23:59 | late activity is accepted until 2025-04-02T22:00:00Z",
            "race          | ENDED     | FINALISE          | system | 2025-04-03T00:00 | FINALISED",
            "race          | ENDED     | CANCEL            | admin  | 2025-04-02T10:00 | CANCELLED",
            "race          | FINALISED | CANCEL            | admin  | 2025-04-05T10:00 | FINALISED is final",
            "race          | CANCELLED | SCHEDULE          | admin  | 2025-03-01T12:00 | CANCELLED is final",
            "duel          | DRAFT     | SCHEDULE          | ann    | 2025-03-01T12:00 | scheduled when its opponent accepts",
            "duel          | DRAFT     | ACCEPT_CHALLENGE  | bob    | 2025-03-01T12:00 | SCHEDULED",
            "duel          | DRAFT     | ACCEPT_CHALLENGE  | ann    | 2025-03-01T12:00 | only the opponent bob may answer, not ann",
            "duel          | DRAFT     | ACCEPT_CHALLENGE  | bob    | 2025-03-03T00:00 | the challenge lapsed at the start",
            "duel          | DRAFT     | DECLINE_CHALLENGE | bob    | 2025-03-01T12:00 | CANCELLED",
            "duel          | SCHEDULED | UNSCHEDULE        | ann    | 2025-03-02T12:00 | an accepted challenge can only be cancelled",
            "race-to-target| LIVE      | END               | system | 2025-03-20T10:00 | ENDED",
            "race-to-target| LIVE      | END               | system | 2025-03-03T00:00 | it ends at"})
    void onlyLegalStepsAreTakenAndEachIsRecorded(String kind, ContestStatus from, LifecycleAction action, String by,
                                                 String at, String expected) {
        Contest contest = reach(kind, from);
        if (expected.chars().allMatch(c -> Character.isUpperCase(c))) {
            Contest after = ContestLifecycle.apply(contest, action, by, berlin(at));
            assertEquals(ContestStatus.valueOf(expected), after.status());
            assertEquals(new Transition(from, after.status(), action, by, berlin(at)), after.lastStep().orElseThrow());
            assertEquals(contest.history().size() + 1, after.history().size());
        } else {
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> ContestLifecycle.apply(contest, action, by, berlin(at)));
            assertTrue(refused.getMessage().contains(expected), refused.getMessage());
            assertTrue(refused.getMessage().startsWith("status: cannot " + action + " a " + from + " contest: "));
            assertEquals(from, refused.status());
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {1} at {2}: {3} due")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // kind | state     | now (Berlin)     | step due | next due at (Berlin)
            "race   | DRAFT     | 2025-03-10T12:00 | -        | -",
            "duel   | DRAFT     | 2025-03-02T23:59 | -        | 2025-03-03T00:00",
            "duel   | DRAFT     | 2025-03-03T00:00 | CANCEL   | 2025-03-03T00:00",
            "race   | SCHEDULED | 2025-03-02T23:59 | -        | 2025-03-03T00:00",
            "race   | SCHEDULED | 2025-03-03T00:00 | START    | 2025-03-03T00:00",
            "race   | SCHEDULED | 2025-05-01T00:00 | START    | 2025-03-03T00:00",
            "race   | LIVE      | 2025-03-31T23:59 | -        | 2025-04-01T00:00",
            "race   | LIVE      | 2025-04-01T00:00 | END      | 2025-04-01T00:00",
            "race   | ENDED     | 2025-04-02T23:59 | -        | 2025-04-03T00:00",
            "race   | ENDED     | 2025-04-03T00:00 | FINALISE | 2025-04-03T00:00",
            "race   | FINALISED | 2025-06-01T00:00 | -        | -",
            "race   | CANCELLED | 2025-06-01T00:00 | -        | -"})
    void timeDrivesStartEndFinaliseAndLapsedChallenges(String kind, ContestStatus state, String now,
                                                       LifecycleAction due, String nextAt) {
        Contest contest = reach(kind, state);
        assertEquals(Optional.ofNullable(due), ContestLifecycle.due(contest, berlin(now)));
        assertEquals(Optional.ofNullable(nextAt).map(ActivityRulesTest::berlin), ContestLifecycle.nextDueAt(contest));
    }

    @Test
    void afterDowntimeTheOverdueStepsRunOneByOneToTheEnd() {
        Contest contest = reach("race", ContestStatus.SCHEDULED);
        Instant now = berlin("2025-06-01T00:00");
        for (Optional<LifecycleAction> due = ContestLifecycle.due(contest, now); due.isPresent();
             due = ContestLifecycle.due(contest, now)) {
            contest = ContestLifecycle.apply(contest, due.get(), SYSTEM, now);
        }
        assertEquals(ContestStatus.FINALISED, contest.status());
        assertEquals(List.of(LifecycleAction.SCHEDULE, LifecycleAction.START, LifecycleAction.END,
                LifecycleAction.FINALISE), contest.history().stream().map(Transition::action).toList());
        // Ended late, but activity and grace still follow the schedule.
        assertEquals(Fixtures.MARCH_END, contest.effectiveEnd());
    }

    @Test
    void aRaceThatEndsEarlyStopsCountingThenAndFinalisesAfterItsGrace() {
        Contest live = reach("race-to-target", ContestStatus.LIVE);
        Instant lastPrizeTaken = berlin("2025-03-20T10:00");
        Contest ended = ContestLifecycle.apply(live, LifecycleAction.END, SYSTEM, lastPrizeTaken);
        assertEquals(lastPrizeTaken, ended.effectiveEnd());
        assertEquals(lastPrizeTaken.plus(Duration.ofDays(2)), ended.finaliseAt()); // Sat 22 Mar 2025 10:00
        assertEquals(new ContestPeriod(Fixtures.MARCH_START, lastPrizeTaken), ended.activityWindow().period());
        assertEquals(Optional.of(LifecycleAction.FINALISE),
                ContestLifecycle.due(ended, berlin("2025-03-22T10:00")));
    }

    @Test
    void aHistoryThatDoesNotLeadToTheStateIsRefused() {
        assertEquals("status", assertThrows(ContestRuleException.class,
                () -> new Contest(contest("race"), ContestStatus.LIVE, List.of())).field());
        Transition skipped = new Transition(ContestStatus.SCHEDULED, ContestStatus.LIVE, LifecycleAction.START, SYSTEM,
                Fixtures.MARCH_START);
        assertEquals("history", assertThrows(ContestRuleException.class,
                () -> new Contest(contest("race"), ContestStatus.LIVE, List.of(skipped))).field());
    }
}
