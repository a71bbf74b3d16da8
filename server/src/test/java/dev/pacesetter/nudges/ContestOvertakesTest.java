package dev.pacesetter.nudges;

import dev.pacesetter.contests.Entry;
import dev.pacesetter.contests.ReachedAt;
import dev.pacesetter.contests.Standings;
import dev.pacesetter.contests.TieRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContestOvertakesTest {

    /** Scores "5 3 0" → users 1, 2, 3; equal scores: the one listed first reached it first. */
    private static Standings standings(String scores) {
        List<Entry> entries = new ArrayList<>();
        String[] s = scores.trim().split(" +");
        for (int i = 0; i < s.length; i++) {
            long score = Long.parseLong(s[i]);
            entries.add(new Entry(Integer.toString(i + 1), score, score == 0 ? ReachedAt.FROM_START
                    : new ReachedAt(Instant.parse("2025-03-10T10:00:00Z").plusSeconds(i), i + 1)));
        }
        return Standings.rank(entries, TieRule.STANDARD_COMPETITION);
    }

    /** "user<rival#rank+gap", one per overtake, in standings order. */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5 3 0 | 5 3 0 | ''                      | nothing moved
            5 3 0 | 5 6 0 | 1<2#2+1                 | user 2 passes the leader
            5 3 1 | 5 3 9 | 1<3#2+4 2<3#3+6         | user 3 passes both; each names the one now nearest above
            5 3 1 | 5 7 9 | 1<2#3+2                 | two pass the leader, who hears of the nearer; user 2 keeps rank 2 and hears nothing
            5 3 0 | 5 5 0 | ''                      | drawing level passes nobody
            5 5 0 | 5 6 0 | 1<2#2+1                 | from level to ahead is a pass
            0 0 0 | 0 4 0 | ''                      | the unscored are not racing yet
            3 0 0 | 3 0 5 | 1<3#2+2                 | someone new on the board passes the leader
            3 2 1 | 3 2 1 | ''                      | a look with no change tells nobody
            """)
    void whoWasPassedByWhom(String before, String after, String expected, String why) {
        String actual = ContestOvertakes.between(standings(before), standings(after)).stream()
                .map(o -> o.userId() + "<" + o.rivalId() + "#" + o.rank() + "+" + o.gap())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual, why);
    }
}
