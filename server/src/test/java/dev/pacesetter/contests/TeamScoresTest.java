package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static dev.pacesetter.contests.Entries.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamScoresTest {

    /** Rosters from {@code red:ann,bob blue:dan}. */
    static Map<String, Set<String>> rosters(String spec) {
        Map<String, Set<String>> rosters = new LinkedHashMap<>();
        for (String team : spec.trim().split("\\s+")) {
            String[] parts = team.split(":");
            rosters.put(parts[0], parts.length == 1 ? Set.of() : Set.copyOf(Arrays.asList(parts[1].split(","))));
        }
        return rosters;
    }

    @ParameterizedTest(name = "[{index}] {0} of {1} with {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            // aggregation | rosters                         | member entries                         | team entries
            "SUM           | red:ann,bob,cat blue:dan,eve    | ann=3@1 bob=4@5 dan=5@2 eve=0          | blue=5@2 red=7@5",
            "AVERAGE       | red:ann,bob,cat blue:dan,eve    | ann=3@1 bob=4@5 cat=3@3 dan=5@2 eve=2@4 | blue=3500@4 red=3333@5",
            // the average is over members who take part: cat and bob did not enter
            "AVERAGE       | red:ann,bob,cat blue:dan        | ann=6@1 dan=5@2                        | blue=5000@2 red=6000@1",
            // a team with nobody taking part scores zero, from the start
            "SUM           | red:ann blue:dan                | ann=6@1                                | blue=0 red=6@1",
            "AVERAGE       | red:ann blue                    | ann=6@1                                | blue=0 red=6000@1",
            // a participant on no competing team adds nothing
            "SUM           | red:ann blue:dan                | ann=6@1 dan=2@3 zed=100@9              | blue=2@3 red=6@1"})
    void aTeamScoresTheSumOrAverageOfItsParticipatingMembers(TeamAggregation aggregation, String rosters,
                                                             String members, String expected) {
        assertEquals(entries(expected), TeamScores.of(aggregation, rosters(rosters), entries(members)));
    }

    @Test
    void averagesRankAThirdBelowAHalf() {
        Standings standings = Standings.rank(TeamScores.of(TeamAggregation.AVERAGE,
                rosters("red:ann,bob,cat blue:dan,eve"), entries("ann=4@1 bob=3@2 cat=3@3 dan=4@4 eve=3@5")),
                TieRule.STANDARD_COMPETITION);
        assertEquals("blue:1 red:2", Entries.listing(standings)); // 3.5 calls a head beat 3.333
    }

    @Test
    void aMemberOnTwoCompetingTeamsIsRefused() {
        ContestRuleException refused = assertThrows(ContestRuleException.class,
                () -> TeamScores.of(TeamAggregation.SUM, rosters("red:ann blue:ann"), entries("ann=1@1")));
        assertTrue(refused.reason().contains("ann is on both blue and red"), refused.reason());
    }

    @Test
    void aMemberEnteredTwiceIsRefused() {
        assertThrows(ContestRuleException.class,
                () -> TeamScores.of(TeamAggregation.SUM, rosters("red:ann"), entries("ann=1@1 ann=2@2")));
    }
}
