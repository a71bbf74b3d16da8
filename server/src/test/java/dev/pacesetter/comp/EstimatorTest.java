package dev.pacesetter.comp;

import static dev.pacesetter.comp.Fixtures.IN_MARCH;
import static dev.pacesetter.comp.Fixtures.deal;
import static dev.pacesetter.comp.Fixtures.draft;
import static dev.pacesetter.comp.Fixtures.march;
import static dev.pacesetter.comp.Fixtures.milestone;
import static dev.pacesetter.comp.Fixtures.plan;
import static dev.pacesetter.comp.Fixtures.table;
import static dev.pacesetter.comp.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quota USD 100,000; tiers 0–50 % @ 5 %, 50–100 % @ 8 %, 100 %+ @ 12 %; USD 1,000 bonus at 100 %. */
class EstimatorTest {

    private static final CompPlan PLAN = plan(table(TierMode.MARGINAL), milestone());

    @Test
    void closingADealThatCrossesQuotaShowsEveryLineItMoves() {
        PeriodInput soFar = march(PLAN, deal(1, "50000"), deal(2, "30000"));

        Estimate estimate = Estimator.estimate(soFar, hypothetical("40000"));

        // before, 80,000: 2,500 + 30,000 x 8 % = 4,900; no bonus
        // after, 120,000: 2,500 + 4,000 + 2,400 + 1,000 bonus = 9,900; difference 5,000
        assertEquals(usd("4900.00"), estimate.before().earnings());
        assertEquals(usd("9900.00"), estimate.after().earnings());
        assertEquals(usd("5000.00"), estimate.deltaEarnings());
        assertEquals(0, estimate.deltaAttainmentPercent().compareTo(new BigDecimal("40")));
        assertEquals(2, estimate.before().tier().orElseThrow().number());
        assertEquals(3, estimate.after().tier().orElseThrow().number());
        assertEquals("Closing this DEAL_WON credited at USD 40,000.00 would change this period's earnings by"
                + " +USD 5,000.00 (USD 4,900.00 -> USD 9,900.00): attainment 80% -> 120%,"
                + " tier 2 (50%-100% of quota @ 8%) -> tier 3 (100%+ of quota @ 12%)."
                + " Changes: commission/tier-2 +USD 1,600.00; commission/tier-3 +USD 2,400.00;"
                + " bonus/bonus +USD 1,000.00.", estimate.explanation());
    }

    @Test
    void anEstimateIsTheDifferenceBetweenTheTwoStatements() {
        PeriodInput soFar = march(plan(table(TierMode.RETROACTIVE), milestone()), deal(1, "45000"));
        CreditedItem deal = hypothetical("7500.55");

        Estimate estimate = Estimator.estimate(soFar, deal);

        Money without = draft(soFar).totals().earned();
        Money with = draft(soFar.withItem(deal)).totals().earned();
        assertEquals(with.minus(without), estimate.deltaEarnings());
    }

    @Test
    void aDealBehindACapSaysNothingChanges() {
        CompPlan capped = plan(table(TierMode.MARGINAL, Controls.NONE.cappedAt(new Cap.Amount(usd("1000")))));

        // 90,000 pays 2,500 + 3,200 = 5,700, capped at 1,000; 95,000 pays 6,100, still capped at 1,000
        Estimate estimate = Estimator.estimate(march(capped, deal(1, "90000")), hypothetical("5000"));

        assertEquals(usd("0"), estimate.deltaEarnings());
        assertTrue(estimate.explanation().endsWith("staying in tier 2 (50%-100% of quota @ 8%). Changes:"
                + " commission/tier-2 +USD 400.00; commission/cap USD -400.00."), estimate.explanation());
    }

    @Test
    void aSharedDealIsEstimatedOnTheRepsShare() {
        Activity shared = new Activity(ItemRef.hypothetical(IN_MARCH), ActivityKind.dealWon("CORE", false),
                usd("40000"), Attribution.split("ana", Split.of("ana", "50"), Split.of("ben", "50")));
        CreditedItem anasShare = CreditingPolicy.creditFor("ana", List.of(shared), ReportingLines.NONE).get(0);

        // 80,000 + 20,000 = 100,000: tier 2 gains 20,000 x 8 % = 1,600, plus the 1,000 bonus
        Estimate estimate = Estimator.estimate(march(PLAN, deal(1, "80000")), anasShare);

        assertEquals(usd("2600.00"), estimate.deltaEarnings());
    }

    @Test
    void rejectsACorrectionOrAKnownLedgerItem() {
        PeriodInput soFar = march(PLAN, deal(1, "1000"));
        assertEquals("hypothetical: must be a new item, not a correction", assertThrows(CompRuleException.class,
                () -> Estimator.estimate(soFar, Fixtures.amendment(9, 1, "100"))).getMessage());
        assertEquals("items[1]: ledger item 1 appears twice as DIRECT", assertThrows(CompRuleException.class,
                () -> Estimator.estimate(soFar, deal(1, "100"))).getMessage());
    }

    private static CreditedItem hypothetical(String amount) {
        return CreditedItem.direct(ItemRef.hypothetical(IN_MARCH), ActivityKind.dealWon("CORE", false), usd(amount));
    }
}
