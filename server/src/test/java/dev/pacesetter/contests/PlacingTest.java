package dev.pacesetter.contests;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.pacesetter.contests.Entries.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ranking one entrant from counts over the field (what Redis answers) agrees with ranking the whole
 * list: rank, tie flag, percentile and the points to any better rank.
 */
class PlacingTest {

    /** The counts Redis would answer for the entrant at {@code index} of the sorted entries. */
    static Placing placing(List<Entry> sorted, int index) {
        Entry me = sorted.get(index);
        long better = sorted.stream().filter(e -> e.score() > me.score()).count();
        long distinct = sorted.stream().mapToLong(Entry::score).filter(s -> s > me.score()).distinct().count();
        long same = sorted.stream().filter(e -> e.score() == me.score()).count();
        return new Placing(me, index, better, distinct, same);
    }

    @ParameterizedTest(name = "[{index}] {1}: {0} ranks {2}")
    @CsvSource(delimiter = '|', value = {
            // entries: id=score@minute              | tie rule             | ranks, best first
            "a=10@3 b=10@1 c=5@2                    | STANDARD_COMPETITION | 1 1 3",
            "a=10@3 b=10@1 c=5@2                    | DENSE                | 1 1 2",
            "a=10@3 b=10@1 c=5@2                    | FIRST_TO_REACH       | 1 2 3",
            "a=10@1 b=8@2 c=8@3 d=8@4 e=0           | DENSE                | 1 2 2 2 3",
            "z=0 y=0 x=3@1                          | FIRST_TO_REACH       | 1 2 2"})
    void ranksFromCountsAreTheListsRanks(String specs, TieRule rule, String ranks) {
        List<Entry> sorted = new ArrayList<>(entries(specs));
        sorted.sort(StandingOrder.ORDER);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(String.valueOf(placing(sorted, i).standing(rule).rank()));
        }
        assertEquals(ranks, String.join(" ", out));
    }

    /**
     * Any field of entrants (each scoring entry from its own ledger position; zero only from the
     * start) gives, for every entrant, the same standing, percentile and points to each better rank.
     */
    @Property(tries = 300)
    void everyEntrantsPlacingMatchesTheRankedList(@ForAll @IntRange(min = 1, max = 25) int size,
                                                  @ForAll @IntRange(min = 0, max = 2) int ruleIndex,
                                                  @ForAll long seed) {
        TieRule rule = TieRule.values()[ruleIndex];
        Random random = new Random(seed);
        List<Entry> field = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long score = random.nextInt(6);
            field.add(score == 0 ? Entry.unscored("u" + i)
                    : new Entry("u" + i, score, new ReachedAt(Entries.minute(random.nextInt(5)), i + 1)));
        }
        Standings standings = Standings.rank(field, rule);
        List<Entry> sorted = standings.entries();
        for (int i = 0; i < sorted.size(); i++) {
            Placing placing = placing(sorted, i);
            Standing expected = standings.list().get(i);
            assertEquals(expected, placing.standing(rule));
            assertEquals(Progress.percentile(standings, expected.entrantId()), placing.percentile(rule, sorted.size()));
            for (int rank = 1; rank < expected.rank(); rank++) {
                long match = rule == TieRule.DENSE
                        ? sorted.stream().mapToLong(Entry::score).distinct().skip(rank - 1L).findFirst().orElseThrow()
                        : sorted.get(rank - 1).score();
                assertEquals(Progress.pointsToRank(standings, expected.entrantId(), rank),
                        Placing.pointsToRank(rule, expected, rank, match), () -> "to rank " + rule);
            }
        }
    }

    /** The nearest prize from counts agrees with the ranked list for every kind with a large field. */
    @Property(tries = 300)
    void theNearestPrizeFromCountsMatchesTheRankedList(@ForAll @IntRange(min = 1, max = 12) int size,
                                                       @ForAll @IntRange(min = 0, max = 3) int kind,
                                                       @ForAll long seed) {
        ContestDefinition definition = switch (kind) {
            case 0 -> Fixtures.race(3, TieRule.STANDARD_COMPETITION, Fixtures.rank(1), Fixtures.rank(3));
            case 1 -> Fixtures.race(2, TieRule.DENSE, Fixtures.rank(1), Fixtures.rank(2));
            case 2 -> Fixtures.raceToTarget(3, 2, Fixtures.finisher(1), Fixtures.finisher(2));
            default -> Fixtures.threshold(2, Fixtures.tier(2), Fixtures.tier(4));
        };
        TieRule rule = definition.format().tieRule();
        boolean capped = kind == 2;
        Random random = new Random(seed);
        List<Entry> field = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long score = capped ? Math.min(3, random.nextInt(5)) : random.nextInt(6);
            field.add(score == 0 ? Entry.unscored("u" + i)
                    : new Entry("u" + i, score, new ReachedAt(Entries.minute(random.nextInt(5)), i + 1)));
        }
        Standings standings = Standings.rank(field, rule);
        List<Entry> sorted = standings.entries();
        List<Long> distinct = sorted.stream().map(Entry::score).distinct().toList();
        for (Standing s : standings.list()) {
            assertEquals(Progress.pointsToNearestPrize(definition, standings, s.entrantId()),
                    Placing.pointsToNearestPrize(definition, s,
                            rank -> rule == TieRule.DENSE ? distinct.get(rank - 1) : sorted.get(rank - 1).score(),
                            goal -> sorted.stream().filter(e -> e.score() >= goal).count()),
                    () -> definition.format().kind() + " " + s);
        }
    }
}
