package dev.pacesetter.comp;

import static dev.pacesetter.comp.Fixtures.APRIL;
import static dev.pacesetter.comp.Fixtures.IN_APRIL;
import static dev.pacesetter.comp.Fixtures.MARCH;
import static dev.pacesetter.comp.Fixtures.amendment;
import static dev.pacesetter.comp.Fixtures.deal;
import static dev.pacesetter.comp.Fixtures.draft;
import static dev.pacesetter.comp.Fixtures.input;
import static dev.pacesetter.comp.Fixtures.milestone;
import static dev.pacesetter.comp.Fixtures.plan;
import static dev.pacesetter.comp.Fixtures.reversal;
import static dev.pacesetter.comp.Fixtures.table;
import static dev.pacesetter.comp.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * March was paid on two deals of USD 60,000 (quota 100,000; tiers 0–50 % @ 5 %, 50–100 % @ 8 %,
 * 100 %+ @ 12 %; USD 1,000 bonus at 100 %): tier 1 2,500 (L-1), tier 2 4,000 (L-2), tier 3 2,400
 * (L-3), bonus 1,000 (L-4). Corrections to those deals arrive in April.
 */
class CorrectionsTest {

    private static final CompPlan PLAN = plan(table(TierMode.MARGINAL), milestone());
    private static final CreditedItem APRIL_DEAL = CreditedItem.direct(ItemRef.of(3, IN_APRIL),
            ActivityKind.dealWon("CORE", false), usd("20000"));

    @Test
    void aReversedDealIsClawedBackInThePeriodTheCorrectionArrives() {
        List<PaidLine> paid = paidMarch(PLAN);
        PriorPeriod march = new PriorPeriod(input(PLAN, MARCH, List.of(deal(1, "60000"), deal(2, "60000"),
                reversal(10, 2, "-60000"))), paid);

        Statement april = CommissionEngine.draft(input(PLAN, APRIL, List.of(APRIL_DEAL)), List.of(march));

        // March recalculated on 60,000: tier 1 2,500, tier 2 10,000 x 8 % = 800, no tier 3, no bonus.
        //   tier 2: 800 - 4,000 = -3,200; tier 3: 0 - 2,400 = -2,400; bonus: 0 - 1,000 = -1,000
        // April's own: 20,000 x 5 % = 1,000. Payable 1,000 - 6,600 = -5,600.
        List<StatementLine> adjustments = april.adjustments();
        assertEquals(List.of("commission/tier-2@2025-03", "commission/tier-3@2025-03", "bonus/bonus@2025-03"),
                adjustments.stream().map(l -> l.key().toString()).toList());
        assertEquals(List.of(usd("-3200.00"), usd("-2400.00"), usd("-1000.00")),
                adjustments.stream().map(StatementLine::amount).toList());
        assertEquals(new Rule.Adjustment(MARCH, new LineKey("commission", "tier-2"), Optional.of("L-2"), usd("800.00"),
                usd("4000.00")), adjustments.get(0).rule());
        assertEquals(Optional.of("L-3"), ((Rule.Adjustment) adjustments.get(1).rule()).originalLineId());
        assertEquals("Clawback for 2025-03 commission/tier-2 (adjusts line L-2): recalculated USD 800.00 after"
                + " corrections (ledger 10 reversing 2), previously paid USD 4,000.00, difference USD -3,200.00.",
                adjustments.get(0).explanation());
        assertEquals(usd("60000"), adjustments.get(0).inputs().creditedRevenue());
        assertEquals(new Totals(usd("1000.00"), usd("-6600.00"), usd("-5600.00")), april.totals());
    }

    @Test
    void recalculatingAfterTheClawbackIsPaidFindsNothingMore() {
        List<PaidLine> paid = new ArrayList<>(paidMarch(PLAN));
        PeriodInput corrected = input(PLAN, MARCH, List.of(deal(1, "60000"), deal(2, "60000"), reversal(10, 2, "-60000")));
        Statement april = CommissionEngine.draft(input(PLAN, APRIL, List.of(APRIL_DEAL)),
                List.of(new PriorPeriod(corrected, paid)));
        int id = 100;
        for (StatementLine line : april.adjustments()) {
            paid.add(PaidLine.of("L-" + id++, APRIL, line));
        }

        Statement again = CommissionEngine.draft(input(PLAN, APRIL, List.of(APRIL_DEAL)),
                List.of(new PriorPeriod(corrected, paid)));

        assertEquals(List.of(), again.adjustments());
    }

    @Test
    void aReducedDealClawsBackOnlyWhatTheReductionChanges() {
        // 110,000: tier 3 is now 10,000 x 12 % = 1,200 instead of 2,400; the bonus still holds
        Statement april = CommissionEngine.draft(input(PLAN, APRIL, List.of()), List.of(new PriorPeriod(
                input(PLAN, MARCH, List.of(deal(1, "60000"), deal(2, "60000"), amendment(11, 2, "-10000"))),
                paidMarch(PLAN))));

        assertEquals(1, april.adjustments().size());
        assertEquals(usd("-1200.00"), april.adjustments().get(0).amount());
        assertEquals("commission/tier-3@2025-03", april.adjustments().get(0).key().toString());
    }

    @Test
    void anIncreasedDealIsTrueUpped() {
        // 130,000: tier 3 is 30,000 x 12 % = 3,600, 1,200 more than paid
        StatementLine line = CommissionEngine.draft(input(PLAN, APRIL, List.of()), List.of(new PriorPeriod(
                input(PLAN, MARCH, List.of(deal(1, "60000"), deal(2, "60000"), amendment(11, 2, "10000"))),
                paidMarch(PLAN)))).adjustments().get(0);

        assertEquals(usd("1200.00"), line.amount());
        assertEquals("True-up for 2025-03 commission/tier-3 (adjusts line L-3): recalculated USD 3,600.00 after"
                + " corrections (ledger 11 amending 2), previously paid USD 2,400.00, difference +USD 1,200.00.",
                line.explanation());
    }

    @Test
    void aReductionAbsorbedByTheCapChangesNothingInTotal() {
        // Capped at 8,000: March paid 2,500 + 4,000 + 2,400 - 900 (cap). After a 5,000 reduction,
        // 115,000 pays 2,500 + 4,000 + 1,800 = 8,300, capped -300: tier 3 -600, cap +600, net zero.
        CompPlan capped = plan(table(TierMode.MARGINAL, Controls.NONE.cappedAt(new Cap.Amount(usd("8000")))));
        Statement april = CommissionEngine.draft(input(capped, APRIL, List.of()), List.of(new PriorPeriod(
                input(capped, MARCH, List.of(deal(1, "60000"), deal(2, "60000"), amendment(11, 2, "-5000"))),
                paidMarch(capped))));

        assertEquals(List.of(usd("-600.00"), usd("600.00")),
                april.adjustments().stream().map(StatementLine::amount).toList());
        assertEquals(usd("0"), april.totals().adjustments());
    }

    @Test
    void aRetroactiveTableIsClawedBackOnItsSingleLine() {
        // March paid 120,000 x 12 % = 14,400; without deal 2, 60,000 x 8 % = 4,800: -9,600
        CompPlan retro = plan(table(TierMode.RETROACTIVE));
        StatementLine line = CommissionEngine.draft(input(retro, APRIL, List.of()), List.of(new PriorPeriod(
                input(retro, MARCH, List.of(deal(1, "60000"), deal(2, "60000"), reversal(10, 2, "-60000"))),
                paidMarch(retro)))).adjustments().get(0);

        assertEquals("commission/all@2025-03", line.key().toString());
        assertEquals(usd("-9600.00"), line.amount());
        assertEquals(Optional.of("L-1"), ((Rule.Adjustment) line.rule()).originalLineId());
    }

    @Test
    void recalculatedPeriodsMustBeEarlierAndDistinct() {
        PriorPeriod march = new PriorPeriod(input(PLAN, MARCH, List.of(deal(1, "60000"))), List.of());
        assertEquals("recalculations[0]: period 2025-03 must end before 2025-03 starts",
                assertThrows(CompRuleException.class,
                        () -> CommissionEngine.draft(input(PLAN, MARCH, List.of()), List.of(march))).getMessage());
        assertEquals("recalculations[1]: period 2025-03 appears twice", assertThrows(CompRuleException.class,
                () -> CommissionEngine.draft(input(PLAN, APRIL, List.of()), List.of(march, march))).getMessage());
        PaidLine aprilLine = new PaidLine("L-9", APRIL, new LineKey("commission", "tier-1"), usd("1"), false);
        assertEquals("paid[0].period: must be 2025-03, was 2025-04", assertThrows(CompRuleException.class,
                () -> new PriorPeriod(input(PLAN, MARCH, List.of()), List.of(aprilLine))).getMessage());
    }

    @Test
    void adjustmentsForSeveralPeriodsComeInPeriodOrder() {
        CompPeriod february = CompPeriod.month(2025, 2);
        PeriodInput feb = input(PLAN, february, List.of(deal(5, "10000"), reversal(12, 5, "-10000")));
        List<PaidLine> paidFeb = draft(input(PLAN, february, List.of(deal(5, "10000")))).lines().stream()
                .map(line -> PaidLine.of("F-" + line.key().slot(), february, line)).toList();
        PriorPeriod march = new PriorPeriod(input(PLAN, MARCH, List.of(deal(1, "60000"), deal(2, "60000"),
                amendment(11, 2, "-10000"))), paidMarch(PLAN));

        Statement april = CommissionEngine.draft(input(PLAN, APRIL, List.of()),
                List.of(march, new PriorPeriod(feb, paidFeb)));

        assertEquals(List.of("commission/tier-1@2025-02", "commission/tier-3@2025-03"),
                april.adjustments().stream().map(l -> l.key().toString()).toList());
    }

    /** March's statement as paid, lines numbered L-1, L-2, … in statement order. */
    private static List<PaidLine> paidMarch(CompPlan plan) {
        Statement march = draft(input(plan, MARCH, List.of(deal(1, "60000"), deal(2, "60000"))));
        List<PaidLine> paid = new ArrayList<>();
        for (StatementLine line : march.lines()) {
            paid.add(PaidLine.of("L-" + (paid.size() + 1), MARCH, line));
        }
        return paid;
    }
}
