package dev.pacesetter.spiffs;

import static dev.pacesetter.spiffs.SpiffFixtures.deal;
import static dev.pacesetter.spiffs.SpiffFixtures.firstN;
import static dev.pacesetter.spiffs.SpiffFixtures.percent;
import static dev.pacesetter.spiffs.SpiffFixtures.perUnit;
import static dev.pacesetter.spiffs.SpiffFixtures.platformDeals;
import static dev.pacesetter.spiffs.SpiffFixtures.program;
import static dev.pacesetter.spiffs.SpiffFixtures.reps;
import static dev.pacesetter.spiffs.SpiffFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-worked awards: which activities earn what, in which order, within which budget. */
class AwardRulesTest {

    /** "sourceId:amount" of each award, in qualifying order. */
    private static List<String> awards(Outcome outcome) {
        return outcome.awards().stream().map(a -> a.sourceId() + ":" + a.amount().amount().toPlainString()).toList();
    }

    static Stream<Arguments> worked() {
        return Stream.of(
                // USD 100 per Platform deal, no budget: every deal earns 100.
                Arguments.of("per unit", perUnit("100.00", 1), null, null,
                        List.of(deal(1, 10, 1, "5000"), deal(2, 11, 2, "7000")), List.of("1:100.00", "2:100.00"), "200.00"),
                // USD 500 for every 3 deals: rep 10 has 4 deals -> one award, on the 3rd (id 3); rep 11 has 2 -> none.
                Arguments.of("every 3 units", perUnit("500.00", 3), null, null,
                        List.of(deal(1, 10, 1, "1"), deal(2, 10, 2, "1"), deal(5, 11, 2, "1"), deal(3, 10, 3, "1"),
                                deal(4, 10, 4, "1"), deal(6, 11, 5, "1")), List.of("3:500.00"), "500.00"),
                // 2.5 % of the deal: 12,345.67 x 2.5 % = 308.64175 -> 308.64 (half-even at the award line);
                // 1,000.10 x 2.5 % = 25.0025 -> 25.00.
                Arguments.of("percent rounds half-even", percent("2.5"), null, null,
                        List.of(deal(1, 10, 1, "12345.67"), deal(2, 10, 2, "1000.10")), List.of("1:308.64", "2:25.00"), "333.64"),
                // Budget 250 at 100 each, deals on days 3, 1, 2, 4 (ids 1-4): qualifying order is ids 2, 3, 1;
                // id 1 gets the 50 left; id 4 gets nothing.
                Arguments.of("budget consumed in qualifying order, last award reduced", perUnit("100.00", 1), "250.00", null,
                        List.of(deal(1, 10, 3, "1"), deal(2, 11, 1, "1"), deal(3, 12, 2, "1"), deal(4, 13, 4, "1")),
                        List.of("2:100.00", "3:100.00", "1:50.00"), "250.00"),
                // Same instant: the ledger position decides, not the user id (user 99 was first in the ledger).
                Arguments.of("tie broken by ledger position", perUnit("100.00", 1), "100.00", null,
                        List.of(new SpiffActivity(8, 8, 1, "DEAL_WON", "Platform", SpiffFixtures.START.plusSeconds(60), BigDecimal.ONE, false),
                                new SpiffActivity(7, 7, 99, "DEAL_WON", "Platform", SpiffFixtures.START.plusSeconds(60), BigDecimal.ONE, false)),
                        List.of("7:100.00"), "100.00"),
                // First 2 reps to 2 deals win 1,000: rep 10 completes on day 5 (id 3), rep 11 on day 3 (id 4), rep 12 on day 6 (too late).
                Arguments.of("first N reps", firstN("1000.00", 2, 2), null, null,
                        List.of(deal(1, 10, 1, "1"), deal(2, 11, 2, "1"), deal(4, 11, 3, "1"), deal(3, 10, 5, "1"),
                                deal(5, 12, 1, "1"), deal(6, 12, 6, "1"), deal(7, 10, 7, "1"), deal(8, 10, 8, "1")),
                        List.of("4:1000.00", "3:1000.00"), "2000.00"),
                // Minimum 10,000: the 9,999.99 deal and the reversed one do not qualify; an Analytics deal neither.
                Arguments.of("minimum, reversal and product filter", perUnit("100.00", 1), null, "10000.00",
                        List.of(deal(1, 10, 1, "9999.99"), deal(2, 10, 2, "10000.00"),
                                new SpiffActivity(3, 3, 10, "DEAL_WON", "Platform", SpiffFixtures.START.plusSeconds(99), new BigDecimal("50000"), true),
                                new SpiffActivity(4, 4, 10, "DEAL_WON", "Analytics", SpiffFixtures.START.plusSeconds(99), new BigDecimal("50000"), false)),
                        List.of("2:100.00"), "100.00"),
                // Outside the window (a day before the start, and exactly at the exclusive end) nothing counts.
                Arguments.of("window", perUnit("100.00", 1), null, null,
                        List.of(deal(1, 10, -1, "1"), new SpiffActivity(2, 2, 10, "DEAL_WON", "Platform", SpiffFixtures.END, BigDecimal.ONE, false)),
                        List.of(), "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worked")
    void awardsAsWorkedOutByHand(String name, Reward reward, String budget, String min, List<SpiffActivity> activities,
                                 List<String> expected, String total) {
        SpiffProgram program = program(reward, platformDeals(min), budget == null ? null : usd(budget));

        Outcome outcome = AwardRules.compute(program, activities, reps(1, 10, 11, 12, 13, 99));

        assertEquals(expected, awards(outcome));
        assertEquals(usd(total), outcome.total());
    }

    @Test
    void theReducedAwardSaysWhy() {
        Outcome outcome = AwardRules.compute(program(perUnit("100.00", 1), platformDeals(null), usd("150.00")),
                List.of(deal(1, 10, 1, "1"), deal(2, 10, 2, "1")), reps(10));
        Award last = outcome.awards().getLast();
        assertTrue(last.reduced());
        assertTrue(last.explanation().contains("reduced from USD 100.00 to the USD 50.00 left"), last.explanation());
        assertFalse(outcome.awards().getFirst().reduced());
    }

    @Test
    void ineligibleRepsDoNotEarnNorConsumeBudget() {
        SpiffProgram program = new SpiffProgram(1, "SDR only", platformDeals(null), perUnit("100.00", 1),
                SpiffFixtures.START, SpiffFixtures.END, new Eligibility(Set.of("SDR"), Set.of()), usd("100.00"), SpiffFixtures.USD);
        Map<Long, Rep> reps = Map.of(10L, new Rep(10, "AE", 1L), 11L, new Rep(11, "SDR", 1L));

        Outcome outcome = AwardRules.compute(program, List.of(deal(1, 10, 1, "1"), deal(2, 11, 2, "1")), reps);

        assertEquals(List.of("2:100.00"), awards(outcome));
    }

    @Test
    void progressNamesWhatIsMissing() {
        SpiffProgram program = program(perUnit("500.00", 3), platformDeals(null), null);
        Outcome outcome = AwardRules.compute(program, List.of(deal(1, 10, 1, "1"), deal(2, 10, 2, "1")), reps(10));

        Progress p = outcome.progress().get(10L);

        assertEquals(2, p.units());
        assertEquals(1, p.unitsToNext());
        assertTrue(p.oneAway());
        assertEquals("1 more Platform deal for the USD 500.00 bonus in Platform push.", p.message());
        assertEquals(3, AwardRules.progressOf(program, outcome, 77).unitsToNext());
    }

    @Test
    void progressStopsWhenTheBudgetIsGone() {
        SpiffProgram program = program(perUnit("100.00", 1), platformDeals(null), usd("100.00"));
        Outcome outcome = AwardRules.compute(program, List.of(deal(1, 10, 1, "1")), reps(10, 11));

        assertEquals(0, AwardRules.progressOf(program, outcome, 11).unitsToNext());
        assertEquals("Nothing more is available in Platform push.", AwardRules.progressOf(program, outcome, 11).message());
    }

    @Test
    void aHypotheticalDealShowsTheAwardItWouldEarn() {
        SpiffProgram program = program(percent("1"), platformDeals(null), null);
        SpiffActivity hypothetical = new SpiffActivity(-1, Long.MAX_VALUE, 10, "DEAL_WON", "Platform",
                Instant.parse("2026-11-20T05:00:00Z"), new BigDecimal("40000.00"), false);

        Award award = AwardRules.wouldAward(program, List.of(deal(1, 10, 1, "1")), reps(10), hypothetical).orElseThrow();

        assertEquals(usd("400.00"), award.amount());
    }

    @Test
    void rewardsAreValidatedNamingTheField() {
        SpiffRuleException e = assertThrows(SpiffRuleException.class,
                () -> new Reward(RewardKind.PERCENT_OF_AMOUNT, null, BigDecimal.TEN, 3, 0));
        assertEquals("reward.unitsPerReward", e.field());
        assertEquals("reward.firstN", assertThrows(SpiffRuleException.class, () -> firstN("1.00", 1, 0)).field());
        assertEquals("endDate", assertThrows(SpiffRuleException.class, () -> new SpiffProgram(1, "x", platformDeals(null),
                perUnit("1.00", 1), SpiffFixtures.END, SpiffFixtures.START, null, null, SpiffFixtures.USD)).field());
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<SpiffActivity> deals = new ArrayList<>(List.of(deal(1, 10, 3, "1"), deal(2, 11, 1, "1"), deal(3, 12, 2, "1")));
        SpiffProgram program = program(perUnit("100.00", 1), platformDeals(null), usd("150.00"));
        Outcome forward = AwardRules.compute(program, deals, reps(10, 11, 12));
        java.util.Collections.reverse(deals);
        assertEquals(forward, AwardRules.compute(program, deals, reps(10, 11, 12)));
    }
}
