package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.SkillInfluence.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerPlacementTest {

    private static PeerDistribution peers(String values) {
        return PeerDistribution.of("s", Arrays.stream(values.split(" ")).map(Double::valueOf).toList());
    }

    /*
     * Mid-rank percentile = 100 × (worse + ½ × equal) / n.
     * Worked example, ten peers 10 20 30 30 30 40 50 60 70 80, rep at 30 (higher is better):
     *   worse = 2 (10, 20), equal = 3 -> 100 × (2 + 1.5) / 10 = 35.0 -> level 3.
     * Lower is better, same rep: worse = 5 (40..80) -> 100 × (5 + 1.5) / 10 = 65.0 -> level 3 (= 100 − 35).
     */
    @ParameterizedTest(name = "{2} among [{0}] {1} -> {3} percentile, level {4}")
    @CsvSource(delimiter = '|', value = {
            "10 20 30 30 30 40 50 60 70 80 | HIGHER_IS_BETTER | 30 | 35.0 | 3",
            "10 20 30 30 30 40 50 60 70 80 | LOWER_IS_BETTER  | 30 | 65.0 | 3",
            "10 20 30 30 30 40 50 60 70 80 | HIGHER_IS_BETTER | 80 | 95.0 | 5",
            "10 20 30 30 30 40 50 60 70 80 | LOWER_IS_BETTER  | 80 |  5.0 | 1",
            "10 20 30 30 30 40 50 60 70 80 | HIGHER_IS_BETTER | 10 |  5.0 | 1",
            "10 20 30 30 30 40 50 60 70 80 | HIGHER_IS_BETTER | 20 | 15.0 | 2",
            "10 20 30 30 30 40 50 60 70 80 | HIGHER_IS_BETTER | 60 | 75.0 | 4",
            "10 20 30 30 30 40 50 60 70 80 | HIGHER_IS_BETTER | 70 | 85.0 | 4",
            // everyone tied: everyone is exactly at the median
            "5 5 5 5 5                     | HIGHER_IS_BETTER |  5 | 50.0 | 3",
            "5 5 5 5 5                     | LOWER_IS_BETTER  |  5 | 50.0 | 3",
            // the best of five distinct values only reaches 90: level 5 needs a larger group
            "1 2 3 4 5                     | HIGHER_IS_BETTER |  5 | 90.0 | 4",
            // a value outside the peer set (rep not among the values) still places
            "1 2 3 4 5                     | HIGHER_IS_BETTER |  9 | 100.0 | 5",
            "1 2 3 4 5                     | HIGHER_IS_BETTER |  0 |  0.0 | 1"})
    void midRankPercentileWithTiesAndDirection(String values, Direction direction, double value, double percentile,
                                                int level) {
        PeerPlacement p = peers(values).place(value, direction).orElseThrow();
        assertEquals(percentile, p.percentile(), 1e-9);
        assertEquals(level, p.level());
        assertEquals(values.split(" +").length, p.peers());
    }

    @ParameterizedTest(name = "percentile {0} -> level {1}")
    @CsvSource({"0, 1", "9.99, 1", "10, 2", "34.99, 2", "35, 3", "50, 3", "74.99, 3", "75, 4", "94.99, 4",
            "95, 5", "100, 5"})
    void bandsMapPercentilesToLevels(double percentile, int level) {
        assertEquals(level, PercentileBands.level(percentile));
    }

    @ParameterizedTest
    @CsvSource({"-0.1", "100.1"})
    void percentilesOutsideTheScaleAreRefused(double percentile) {
        assertThrows(CoachingRuleException.class, () -> PercentileBands.level(percentile));
    }

    @Test
    void directionsMirrorEachOther() {
        PeerDistribution d = peers("3 1 4 1 5 9 2 6 5 3 5");
        for (double v : new double[] {1, 3, 5, 9, 7}) {
            assertEquals(100.0, d.percentile(v, Direction.HIGHER_IS_BETTER) + d.percentile(v, Direction.LOWER_IS_BETTER),
                    1e-9);
        }
    }

    @Test
    void fewerThanFivePeersPlaceNobody() {
        assertFalse(peers("1 2 3 4").place(2, Direction.HIGHER_IS_BETTER).isPresent());
        assertTrue(peers("1 2 3 4 5").place(2, Direction.HIGHER_IS_BETTER).isPresent());
    }

    @Test
    void peerGroupsKeepOnlyMeasuredValuesOfTheirRole() {
        var measured = new SignalReading.Measured("call-volume", 40, 160);
        var insufficient = new SignalReading.Insufficient("call-to-meeting-rate", 10, 50);
        List<RepSignals> reps = List.of(
                new RepSignals(1, SalesRole.SDR, Facts.NOW, Map.of("call-volume", measured,
                        "call-to-meeting-rate", insufficient)),
                new RepSignals(2, SalesRole.SDR, Facts.NOW, Map.of("call-volume", measured)),
                new RepSignals(3, SalesRole.AE, Facts.NOW, Map.of("call-volume", measured)));
        PeerGroups groups = PeerGroups.of(SalesRole.SDR, reps);
        assertEquals(2, groups.forSignal("call-volume").orElseThrow().size());
        assertTrue(groups.forSignal("call-to-meeting-rate").isEmpty());
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThrows(CoachingRuleException.class, () -> PeerDistribution.of("s", List.of(1.0, Double.NaN)));
    }
}
