package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static dev.pacesetter.contests.Entries.entries;
import static dev.pacesetter.contests.Fixtures.finisher;
import static dev.pacesetter.contests.Fixtures.rank;
import static dev.pacesetter.contests.Fixtures.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrizeAwardTest {

    /** The contests of these tables, by name. Calls are the score, so entry scores read as calls. */
    static ContestDefinition contest(String name) {
        return switch (name) {
            case "race-3" -> Fixtures.race(3, TieRule.STANDARD_COMPETITION, rank(1), rank(2), rank(3));
            case "race-3-dense" -> Fixtures.race(3, TieRule.DENSE, rank(1), rank(2), rank(3));
            case "race-3-first" -> Fixtures.race(3, TieRule.FIRST_TO_REACH, rank(1), rank(2), rank(3));
            case "race-3-one-prize" -> Fixtures.race(3, TieRule.STANDARD_COMPETITION, rank(1));
            case "to-3-calls" -> Fixtures.raceToTarget(3, 2, finisher(1), finisher(2));
            case "threshold-5" -> Fixtures.threshold(5, tier(5), tier(10));
            case "duel" -> Fixtures.duel(TieRule.STANDARD_COMPETITION, rank(1));
            case "duel-first" -> Fixtures.duel(TieRule.FIRST_TO_REACH, rank(1));
            case "teams" -> Fixtures.teamBattle(TeamAggregation.SUM, 1, rank(1));
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Outcome decide(String contest, String entries) {
        ContestDefinition definition = contest(contest);
        return PrizeAward.decide(definition, Standings.rank(entries(entries), definition.format().tieRule()));
    }

    /** {@code id:place} ({@code =} when shared) {@code /} prizes ({@code r1} rank, {@code f1} finisher, {@code t5} tier). */
    static String render(Outcome outcome) {
        String winners = outcome.draw() ? "draw" : outcome.winners().stream()
                .map(w -> w.entrantId() + ":" + w.place() + (w.sharedPlace() ? "=" : "") + "/"
                        + (w.prizes().isEmpty() ? "-" : w.prizes().stream().map(PrizeAwardTest::code)
                        .collect(Collectors.joining("+"))))
                .collect(Collectors.joining(" "));
        String unawarded = outcome.unawarded().stream().map(PrizeAwardTest::code).collect(Collectors.joining(" "));
        return (winners + " | " + (unawarded.isEmpty() ? "-" : unawarded)).trim();
    }

    static String code(Prize prize) {
        return switch (prize.condition()) {
            case Prize.Rank r -> "r" + r.rank();
            case Prize.FirstToTarget f -> "f" + f.position();
            case Prize.Threshold t -> "t" + t.goal();
        };
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}: {2} (extra prizes {3})")
    @CsvSource(delimiter = '|', value = {
            // contest       | final entries (id=score@minute)    | winners / prizes           ; unawarded | extra
            "race-3          | a=10@1 b=8@2 c=6@3 d=4@4           | a:1/r1 b:2/r2 c:3/r3 ; -                 | 0",
            // a tie straddling the last prize rank takes the whole tie in, each with the full prize
            "race-3          | a=10@1 b=8@2 c=6@3 d=6@4 e=1@5     | a:1/r1 b:2/r2 c:3=/r3 d:3=/r3 ; -        | 1",
            "race-3          | a=10@1 b=8@2 c=8@3 d=4@4           | a:1/r1 b:2=/r2 c:2=/r2 ; r3              | 1",
            "race-3-dense    | a=10@1 b=8@2 c=8@3 d=4@4           | a:1/r1 b:2=/r2 c:2=/r2 d:3/r3 ; -        | 1",
            "race-3-first    | a=10@1 b=8@2 c=8@3 d=4@4           | a:1/r1 b:2/r2 c:3/r3 ; -                 | 0",
            "race-3-one-prize| a=10@1 b=8@2 c=6@3 d=4@4           | a:1/r1 b:2/- c:3/- ; -                   | 0",
            "race-3          | a=10@1                             | a:1/r1 ; r2 r3                           | 0",
            // no score, no prize
            "race-3          | a=5@1 b=0 c=0                      | a:1/r1 ; r2 r3                           | 0",
            "race-3          | a=0 b=0 c=0 d=0                    | ; r1 r2 r3                               | 0",
            // race to target: first two to reach 3 calls, whatever their later score
            "to-3-calls      | a=3@5 b=3@2 c=2@1 d=3@9            | b:1/f1 a:2/f2 ; -                        | 0",
            "to-3-calls      | a=3@5/7 b=3@5/7 c=3@9              | a:1=/f1 b:1=/f1 ; f2                     | 1",
            "to-3-calls      | a=2@1                              | ; f1 f2                                  | 0",
            // threshold: everyone at 5 or more wins, with the highest tier reached
            "threshold-5     | a=12@1 b=10@2 c=7@3 d=4@4          | a:1/t10 b:2/t10 c:3/t5 ; -               | 0",
            "threshold-5     | d=4@4                              | ; t5 t10                                 | 0",
            "duel            | ann=5@1 bob=3@2                    | ann:1/r1 ; -                             | 0",
            "duel            | ann=5@2 bob=5@1                    | draw ; r1                                | 0",
            "duel-first      | ann=5@2 bob=5@1                    | bob:1/r1 ; -                             | 0",
            "duel            | ann=0 bob=0                        | draw ; r1                                | 0",
            "teams           | red=7@5 blue=5@2                   | red:1/r1 ; -                             | 0"})
    void prizesGoToWinnersByTheRulesOfTheKind(String contest, String entries, String expected, int extra) {
        Outcome outcome = decide(contest, entries);
        assertEquals(expected.replace(" ;", " |").replaceAll("^; ", "| ").trim(), render(outcome));
        assertEquals(extra, outcome.extraPrizes());
    }

    @Test
    void standingsRankedUnderAnotherRuleAreRefused() {
        ContestDefinition definition = contest("race-3");
        assertEquals("standings", assertThrows(ContestRuleException.class, () -> PrizeAward.decide(definition,
                Standings.rank(entries("a=1@1"), TieRule.DENSE))).field());
    }

    @Test
    void aDuelRanksItsTwoAndNobodyElse() {
        assertThrows(ContestRuleException.class, () -> decide("duel", "ann=5@1 bob=3@2 cat=9@3"));
        assertThrows(ContestRuleException.class, () -> decide("duel", "ann=5@1"));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1}: all prizes taken {2}")
    @CsvSource(delimiter = '|', value = {
            "to-3-calls | a=3@5 b=3@2 c=2@1 | true",
            "to-3-calls | a=3@5 c=2@1       | false",
            "race-3     | a=3@5 b=3@2 c=2@1 | false"})
    void aRaceToTargetMayEndOnceItsLastWinningPlaceIsTaken(String contest, String entries, boolean taken) {
        ContestDefinition definition = contest(contest);
        assertEquals(taken, PrizeAward.allPrizesTaken(definition,
                Standings.rank(entries(entries), definition.format().tieRule())));
    }

    @Test
    void theOutcomeListsWinnerIdsBestFirst() {
        Outcome outcome = decide("race-3", "c=6@3 a=10@1 b=8@2");
        assertEquals(java.util.List.of("a", "b", "c"), java.util.List.copyOf(outcome.winnerIds()));
        assertFalse(outcome.draw());
        assertTrue(outcome.unawarded().isEmpty());
    }
}
