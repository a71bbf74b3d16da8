package dev.pacesetter.contests;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static dev.pacesetter.contests.Entries.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    private static Standings standings(String entries, TieRule rule) {
        return Standings.rank(entries(entries), rule);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @ParameterizedTest(name = "[{index}] {2} in {0} ({1}) is at {3}")
    @CsvSource(delimiter = '|', value = {
            "a=10@1 b=8@2 c=6@3 d=4@4 e=2@5 | STANDARD_COMPETITION | a | 100.0",
            "a=10@1 b=8@2 c=6@3 d=4@4 e=2@5 | STANDARD_COMPETITION | c | 50.0",
            "a=10@1 b=8@2 c=6@3 d=4@4 e=2@5 | STANDARD_COMPETITION | e | 0.0",
            "a=10@1 b=8@2 c=8@3 d=1@4       | STANDARD_COMPETITION | b | 33.3",
            "a=10@1 b=8@2 c=8@3 d=1@4       | FIRST_TO_REACH       | b | 66.6",
            "a=5@1                          | DENSE                | a | 100.0"})
    void percentileIsTheShareOfOthersRankedBelow(String entries, TieRule rule, String id, BigDecimal expected) {
        assertEquals(expected, Progress.percentile(standings(entries, rule), id));
    }

    @ParameterizedTest(name = "[{index}] {2} in {0} ({1}) needs {3} for the next rank")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a=10@1 b=8@2 c=6@3             | STANDARD_COMPETITION | c | 2",
            "a=10@1 b=8@2 c=6@3             | STANDARD_COMPETITION | a | -",
            // level with b is enough to share b's rank, unless the earlier one ranks higher
            "a=10@1 b=8@2 c=8@3             | STANDARD_COMPETITION | c | 2",
            "a=10@1 b=8@2 c=8@3             | FIRST_TO_REACH       | c | 1",
            "a=10@1 b=8@2 c=8@3 d=5@4       | STANDARD_COMPETITION | d | 3",
            "a=10@1 b=8@2 c=8@3 d=5@4       | DENSE                | d | 3",
            "a=10@1 b=8@2 c=8@3 d=5@4       | FIRST_TO_REACH       | d | 4"})
    void pointsToTheNextRankFollowTheTieRule(String entries, TieRule rule, String id, Long expected) {
        assertEquals(optional(expected), Progress.pointsToNextRank(standings(entries, rule), id));
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} in {1} is {3} from the nearest prize")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // contest        | entries (id=score@minute)           | who | points, or none left
            "race-3           | a=10@1 b=8@2 c=6@3 d=4@4 e=1@5      | e   | 5",
            "race-3           | a=10@1 b=8@2 c=6@3 d=4@4 e=1@5      | d   | 2",
            "race-3           | a=10@1 b=8@2 c=6@3 d=4@4 e=1@5      | c   | 2",
            "race-3           | a=10@1 b=8@2 c=6@3 d=4@4 e=1@5      | a   | -",
            "race-3-first     | a=10@1 b=8@2 c=6@3 d=4@4 e=1@5      | e   | 6",
            "race-3-one-prize | a=10@1 b=8@2 c=6@3 d=4@4 e=1@5      | c   | 4",
            // ranked second with no score holds nothing: one call wins the rank-2 prize
            "race-3           | a=5@1 b=0 c=0                       | b   | 1",
            "race-3           | a=0 b=0                             | a   | 1",
            "race-3-one-prize | a=5@1 b=0                           | b   | 5",
            "to-3-calls       | a=3@5 c=2@1 d=0                     | c   | 1",
            "to-3-calls       | a=3@5 c=2@1 d=0                     | d   | 3",
            "to-3-calls       | a=3@5 c=2@1 d=0                     | a   | -",
            "to-3-calls       | a=3@5 b=3@2 c=2@1                   | c   | -",
            "threshold-5      | a=12@1 c=7@3 d=4@4                  | d   | 1",
            "threshold-5      | a=12@1 c=7@3 d=4@4                  | c   | 3",
            "threshold-5      | a=12@1 c=7@3 d=4@4                  | a   | -",
            "duel             | ann=5@1 bob=3@2                     | bob | 3",
            "duel             | ann=5@1 bob=3@2                     | ann | -",
            "duel             | ann=5@2 bob=5@1                     | ann | 1",
            "teams            | red=7@5 blue=5@2                    | blue| 2"})
    void pointsToTheNearestPrizeNotYetHeld(String contest, String entries, String id, Long expected) {
        ContestDefinition definition = PrizeAwardTest.contest(contest);
        assertEquals(optional(expected), Progress.pointsToNearestPrize(definition,
                standings(entries, definition.format().tieRule()), id));
    }

    @Provide
    static Arbitrary<List<Entry>> fields() {
        return StandingsTest.fields();
    }

    @Property
    void pointsToRankAreJustEnoughToReachIt(@ForAll("fields") List<Entry> field, @ForAll TieRule rule,
                                            @ForAll @IntRange(min = 0, max = 24) int who,
                                            @ForAll @IntRange(min = 1, max = 6) int rank) {
        Assume.that(who < field.size());
        Entry me = field.get(who);
        long points = Progress.pointsToRank(Standings.rank(field, rule), me.entrantId(), rank);
        assertTrue(points >= 0);
        assertTrue(rankWith(field, who, me.score() + points, rule) <= rank || points == 0
                && Standings.rank(field, rule).find(me.entrantId()).orElseThrow().rank() <= rank);
        if (points > 0) {
            assertTrue(rankWith(field, who, me.score() + points - 1, rule) > rank, "one point fewer is not enough");
        }
    }

    /** My rank with a new score, reached now: after everyone else. */
    private static int rankWith(List<Entry> field, int who, long score, TieRule rule) {
        List<Entry> changed = new ArrayList<>(field);
        Entry me = field.get(who);
        changed.set(who, new Entry(me.entrantId(), score, new ReachedAt(Entries.minute(10_000), 10_000)));
        return Standings.rank(changed, rule).find(me.entrantId()).orElseThrow().rank();
    }
}
