package dev.pacesetter.contests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreScaleTest {

    private static Metric metric(String aggregation, String currency) {
        Aggregation agg = Aggregation.valueOf(aggregation);
        return agg.amountBased() ? Metric.dealAmount(agg, Currency.getInstance(currency))
                : Metric.of(agg, ActivityKind.DEAL_WON);
    }

    private static ContestKind kind(String kind) {
        return switch (kind) {
            case "TEAM_SUM" -> new ContestKind.TeamBattle(TeamAggregation.SUM, 1);
            case "TEAM_AVERAGE" -> new ContestKind.TeamBattle(TeamAggregation.AVERAGE, 1);
            default -> new ContestKind.LeaderboardRace(3);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4} is {5} units (decimals {6})")
    @CsvSource(delimiter = '|', value = {
            "COUNT      | -   | RAW               | RACE         | 10      | 10        | 0",
            "COUNT      | -   | RAW               | RACE         | 10.2    | 11        | 0",
            "SUM_POINTS | -   | RAW               | RACE         | 250     | 250       | 0",
            "SUM_AMOUNT | EUR | RAW               | RACE         | 1500.50 | 150050    | 2",
            "SUM_AMOUNT | EUR | RAW               | RACE         | 0.001   | 1         | 2",
            "BEST_SINGLE| JPY | RAW               | RACE         | 90000   | 90000     | 0",
            "SUM_AMOUNT | EUR | PERCENT_OF_TARGET | RACE         | 100     | 1000000   | 4",
            "COUNT      | -   | PERCENT_OF_TARGET | RACE         | 87.5    | 875000    | 4",
            "COUNT      | -   | RAW               | TEAM_SUM     | 7       | 7         | 0",
            "COUNT      | -   | RAW               | TEAM_AVERAGE | 3.5     | 3500      | 3",
            "SUM_AMOUNT | EUR | RAW               | TEAM_AVERAGE | 12.5    | 1250000   | 5",
            "COUNT      | -   | PERCENT_OF_TARGET | TEAM_AVERAGE | 100     | 1000000000| 7"})
    void goalsConvertToWholeScoreUnitsRoundingUp(String aggregation, String currency, Scoring scoring, String kind,
                                                 BigDecimal natural, long units, int decimals) {
        ScoreScale scale = ScoreScale.of(metric(aggregation, currency), new Format(kind(kind), scoring, null, List.of()));
        assertEquals(decimals, scale.decimals());
        assertEquals(units, scale.toUnits(natural));
    }

    @ParameterizedTest(name = "{0} units at {1} decimals read {2}")
    @CsvSource({"123456, 2, 1234.56", "1000000, 4, 100.0000", "3333, 3, 3.333", "7, 0, 7"})
    void scoresReadBackInNaturalUnits(long units, int decimals, String natural) {
        ScoreScale scale = ScoreScale.of(decimals == 2 ? Metric.dealAmount(Aggregation.SUM_AMOUNT, Fixtures.EUR)
                        : Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED),
                new Format(decimals == 3 ? kind("TEAM_AVERAGE") : kind("RACE"),
                        decimals == 4 ? Scoring.PERCENT_OF_TARGET : Scoring.RAW, null, List.of()));
        assertEquals(new BigDecimal(natural), scale.toNatural(units));
    }

    @Test
    void targetsUseTheRawScaleOfTheMetric() {
        assertEquals(2, ScoreScale.raw(Metric.dealAmount(Aggregation.SUM_AMOUNT, Fixtures.EUR)).decimals());
        assertEquals(0, ScoreScale.raw(Metric.of(Aggregation.COUNT, ActivityKind.CALL_LOGGED)).decimals());
    }

    @ParameterizedTest(name = "{0} of raw {1} against target {2} is {3}")
    @CsvSource({
            "RAW,               42, ,  42",
            "RAW,               42, 7, 42",
            "PERCENT_OF_TARGET, 5,  10, 500000",
            "PERCENT_OF_TARGET, 1,  3,  333333",
            "PERCENT_OF_TARGET, 2,  3,  666666",
            "PERCENT_OF_TARGET, 3,  3,  1000000",
            "PERCENT_OF_TARGET, 0,  3,  0",
            "PERCENT_OF_TARGET, 30, 3,  10000000"})
    void percentOfTargetRoundsDownSoReachingOneHundredMeansReachingTheTarget(Scoring scoring, long raw, Long target,
                                                                              long expected) {
        assertEquals(expected, scoring.score(raw, target == null ? OptionalLong.empty() : OptionalLong.of(target)));
    }

    @ParameterizedTest(name = "target {0} is refused")
    @CsvSource({"0", "-5", "''"})
    void percentOfTargetNeedsAPositiveTarget(String target) {
        OptionalLong value = target.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(target));
        assertEquals("target", assertThrows(ContestRuleException.class,
                () -> Scoring.PERCENT_OF_TARGET.score(1, value)).field());
    }
}
