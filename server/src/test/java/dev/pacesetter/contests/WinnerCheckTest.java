package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.pacesetter.contests.Entries.entries;
import static dev.pacesetter.contests.Entries.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WinnerCheckTest {

    private static Set<String> ids(String list) {
        return list.equals("-") ? Set.of() : Arrays.stream(list.split(",")).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "[{index}] {0} frozen on {1}, corrected {2}: lose {3}, gain {4}, changed {5}")
    @CsvSource(delimiter = '|', value = {
            // contest   | frozen entries                   | corrected entry | no longer | newly | prize changed
            "race-3      | a=10@1 b=8@2 c=6@3 d=4@4         | d=7@20          | c         | d     | -",
            "race-3      | a=10@1 b=8@2 c=6@3 d=4@4         | a=9@1           | -         | -     | -",
            "race-3      | a=10@1 b=8@2 c=6@3 d=4@4         | b=11@20         | -         | -     | a,b",
            "race-3      | a=10@1 b=8@2 c=6@3 d=4@4         | d=6@20          | -         | d     | -",
            "race-3      | a=10@1 b=8@2 c=6@3 d=4@4         | e=20@30         | c         | e     | a,b",
            "threshold-5 | a=12@1 c=7@3 d=4@4               | d=5@9           | -         | d     | -",
            "threshold-5 | a=12@1 c=7@3 d=4@4               | a=9@1           | -         | -     | a",
            "to-3-calls  | a=3@5 b=3@2 c=2@1                | c=3@1           | a         | c     | b",
            "duel        | ann=5@2 bob=5@1                  | ann=6@3         | -         | ann   | -",
            "duel        | ann=5@1 bob=3@2                  | bob=5@9         | ann       | -     | -"})
    void aLateCorrectionIsCheckedAgainstTheFrozenWinners(String contest, String frozen, String corrected,
                                                         String lost, String gained, String changed) {
        WinnerChange change = WinnerCheck.afterCorrection(PrizeAwardTest.contest(contest), entries(frozen),
                entry(corrected));
        assertEquals(new WinnerChange(ids(lost), ids(gained), ids(changed)), change);
        assertEquals(!lost.equals("-") || !gained.equals("-"), change.winnersChanged());
    }

    @Test
    void noCorrectionNoChange() {
        WinnerChange change = WinnerCheck.compare(PrizeAwardTest.contest("race-3"), entries("a=10@1 b=8@2"),
                entries("b=8@2 a=10@1"));
        assertFalse(change.anyChange());
    }

    @Test
    void aPrizeMovingBetweenWinnersIsAChangeButNotANewWinner() {
        WinnerChange change = WinnerCheck.afterCorrection(PrizeAwardTest.contest("race-3"),
                entries("a=10@1 b=8@2 c=6@3"), entry("c=9@9"));
        assertFalse(change.winnersChanged());
        assertTrue(change.anyChange());
        assertEquals(Set.of("b", "c"), change.prizeChanged());
    }
}
