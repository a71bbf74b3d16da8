package dev.pacesetter.leaderboards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingTest {

    @Test
    void tiesShareTheRankAndTheNextRankSkips() {
        // scores 50, 40, 40, 30 -> ranks 1, 2, 2, 4 ("1224"); ties listed by user id
        List<Standing> ranked = Ranking.rankAll(List.of(
                new long[]{9, 40}, new long[]{3, 30}, new long[]{5, 40}, new long[]{1, 50}));
        assertEquals(List.of(new Standing(1, 1, 50), new Standing(2, 5, 40), new Standing(2, 9, 40),
                new Standing(4, 3, 30)), ranked);
    }

    @Test
    void aPageStartingInsideATieKeepsTheSharedRank() {
        // the page starts at offset 2; the first entry ties with someone on the previous page, whose
        // rank (2) the caller learns from "1 member scores more"
        List<Standing> page = Ranking.rank(List.of(new long[]{9, 40}, new long[]{3, 30}), 2, 2);
        assertEquals(List.of(new Standing(2, 9, 40), new Standing(4, 3, 30)), page);
    }

    @ParameterizedTest(name = "{0} above of {1} -> {2}")
    @CsvSource({"0, 1, 100.0", "0, 10, 100.0", "9, 10, 10.0", "1, 3, 66.7", "0, 0, 0.0", "4, 8, 50.0"})
    void percentileIsTheShareAheadOrLevel(long above, long total, double expected) {
        assertEquals(expected, Ranking.percentile(above, total));
    }

    @Test
    void membersSortAscendingByIdWithinATieInRedis() {
        // Redis lists equal scores in reverse lexicographic order of the member
        String a = LeaderboardKeys.member(5);
        String b = LeaderboardKeys.member(9);
        org.junit.jupiter.api.Assertions.assertTrue(a.compareTo(b) > 0, "reverse lex must put user 5 before 9");
        assertEquals(5, LeaderboardKeys.userId(a));
        assertEquals(19, a.length());
    }
}
