package dev.pacesetter.contests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetsTest {

    @ParameterizedTest(name = "[{index}] {0}: default {1}, ann {2}; {3} raw for {4} is {5}")
    @CsvSource(delimiter = '|', value = {
            // metric | default | ann's own | raw units  | whose | score (ten-thousandths of a percent)
            "calls    | 6       | 2         | 1          | bob   | 166666",
            "calls    | 6       | 2         | 1          | ann   | 500000",
            "calls    | 6       | 2         | 2          | ann   | 1000000",
            "calls    | 2.5     | 2         | 1          | bob   | 333333",
            "eur      | 1000    | 500.005   | 50001      | ann   | 1000000",
            "eur      | 1000    | 500.005   | 50000      | ann   | 999980"})
    void aParticipantsOwnTargetWinsOverTheDefaultAndRoundsUpToWholeUnits(String metric, String natural, String own,
                                                                          long raw, String who, long score) {
        Targets targets = Targets.of(ActivityRulesTest.metric(metric), new BigDecimal(natural),
                Map.of("ann", new BigDecimal(own)));
        OptionalLong target = targets.of(who);
        assertEquals(score, Scoring.PERCENT_OF_TARGET.score(raw, target));
    }
}
