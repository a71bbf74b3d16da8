package dev.pacesetter.contests;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.pacesetter.contests.Entries.entries;
import static dev.pacesetter.contests.Entries.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandingsTest {

    @ParameterizedTest(name = "[{index}] {1}: {0} ranks {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // entries: id=score@minute[/position]          | tie rule             | listing id:rank
            "a=10@3 b=10@1 c=5@2                          | STANDARD_COMPETITION | b:1 a:1 c:3",
            "a=10@3 b=10@1 c=5@2                          | DENSE                | b:1 a:1 c:2",
            "a=10@3 b=10@1 c=5@2                          | FIRST_TO_REACH       | b:1 a:2 c:3",
            "a=10@1 b=8@2 c=8@3 d=8@4 e=1@5               | STANDARD_COMPETITION | a:1 b:2 c:2 d:2 e:5",
            "a=10@1 b=8@2 c=8@3 d=8@4 e=1@5               | DENSE                | a:1 b:2 c:2 d:2 e:3",
            "a=10@1 b=8@2 c=8@3 d=8@4 e=1@5               | FIRST_TO_REACH       | a:1 b:2 c:3 d:4 e:5",
            // a name earlier in the alphabet does not win a tie: who reached the score first does
            "al=5@2 bob=5@1                               | STANDARD_COMPETITION | bob:1 al:1",
            "al=5@2 bob=5@1                               | FIRST_TO_REACH       | bob:1 al:2",
            // the same minute: the ledger position decides
            "a=5@1/9 b=5@1/4                              | FIRST_TO_REACH       | b:1 a:2",
            // the same ledger entry credited to two people: they share, whatever the rule
            "a=5@1/4 b=5@1/4 c=2@3                        | FIRST_TO_REACH       | a:1 b:1 c:3",
            // never scored: tied from the start, listed by id only as the last resort
            "z=0 y=0 x=3@1                                | STANDARD_COMPETITION | x:1 y:2 z:2",
            "z=0 y=0 x=3@1                                | FIRST_TO_REACH       | x:1 y:2 z:2",
            "z=0 y=0 x=3@1                                | DENSE                | x:1 y:2 z:2",
            "a=-5@1 b=0                                   | STANDARD_COMPETITION | b:1 a:2",
            "-                                            | DENSE                | ''"})
    void tiesRankByTheRuleAndListByWhoReachedTheScoreFirst(String entries, TieRule rule, String expected) {
        assertEquals(expected, listing(Standings.rank(entries(entries), rule)));
    }

    @Test
    void tiedFlagsMarkSharedRanks() {
        Standings standings = Standings.rank(entries("a=10@1 b=8@2 c=8@3 d=1@4"), TieRule.STANDARD_COMPETITION);
        assertEquals(List.of(false, true, true, false), standings.list().stream().map(Standing::tied).toList());
    }

    @Test
    void anEntrantTwiceIsRefused() {
        ContestRuleException refused = assertThrows(ContestRuleException.class,
                () -> Standings.rank(entries("a=10@1 b=3@2 a=1@3"), TieRule.DENSE));
        assertTrue(refused.reason().contains("a appears twice"), refused.reason());
    }

    @Provide
    static Arbitrary<List<Entry>> fields() {
        Arbitrary<Entry> entry = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3),
                Arbitraries.longs().between(-2, 5),
                Arbitraries.longs().between(0, 4),
                Arbitraries.longs().between(0, 6)).as((id, score, minute, position) -> position == 0
                ? new Entry(id, score, ReachedAt.FROM_START)
                : new Entry(id, score, new ReachedAt(Entries.minute(minute), position)));
        return entry.list().ofMaxSize(25).uniqueElements(Entry::entrantId);
    }

    @Property
    void ranksStartAtOneAndNeverDecreaseAlongTheListing(@ForAll("fields") List<Entry> field, @ForAll TieRule rule) {
        List<Standing> list = Standings.rank(field, rule).list();
        for (int i = 0; i < list.size(); i++) {
            assertTrue(i == 0 ? list.get(i).rank() == 1 : list.get(i).rank() >= list.get(i - 1).rank());
        }
    }

    @Property
    void denseRanksAreContiguous(@ForAll("fields") List<Entry> field) {
        List<Standing> list = Standings.rank(field, TieRule.DENSE).list();
        for (int i = 1; i < list.size(); i++) {
            int step = list.get(i).rank() - list.get(i - 1).rank();
            assertTrue(step == 0 || step == 1, "step " + step);
        }
    }

    @Property
    void standardRankIsOneMoreThanTheNumberOfHigherScores(@ForAll("fields") List<Entry> field) {
        for (Standing standing : Standings.rank(field, TieRule.STANDARD_COMPETITION).list()) {
            long higher = field.stream().filter(e -> e.score() > standing.score()).count();
            assertEquals(higher + 1, standing.rank());
        }
    }

    @Property
    void firstToReachSharesARankOnlyForTheSameScoreAndMoment(@ForAll("fields") List<Entry> field) {
        List<Standing> list = Standings.rank(field, TieRule.FIRST_TO_REACH).list();
        for (int i = 1; i < list.size(); i++) {
            Entry before = list.get(i - 1).entry();
            Entry after = list.get(i).entry();
            boolean same = before.score() == after.score() && before.reachedAt().equals(after.reachedAt());
            assertEquals(same, list.get(i).rank() == list.get(i - 1).rank());
        }
    }

    @Property
    void equalScoresAreListedByWhoReachedThemFirstUnderEveryRule(@ForAll("fields") List<Entry> field,
                                                               @ForAll TieRule rule) {
        List<Entry> listed = Standings.rank(field, rule).entries();
        for (int i = 1; i < listed.size(); i++) {
            Entry before = listed.get(i - 1);
            Entry after = listed.get(i);
            assertTrue(before.score() > after.score()
                    || before.score() == after.score() && !before.reachedAt().isAfter(after.reachedAt()));
        }
    }

    @Property
    void theListingIsTheSameWhateverOrderEntriesArriveIn(@ForAll("fields") List<Entry> field, @ForAll TieRule rule,
                                                         @ForAll long seed) {
        List<Entry> shuffled = new ArrayList<>(field);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertEquals(Standings.rank(field, rule).list(), Standings.rank(shuffled, rule).list());
    }
}
