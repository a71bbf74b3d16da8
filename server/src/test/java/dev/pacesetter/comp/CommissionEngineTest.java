package dev.pacesetter.comp;

import static dev.pacesetter.comp.Fixtures.MARCH;
import static dev.pacesetter.comp.Fixtures.deal;
import static dev.pacesetter.comp.Fixtures.draft;
import static dev.pacesetter.comp.Fixtures.earned;
import static dev.pacesetter.comp.Fixtures.item;
import static dev.pacesetter.comp.Fixtures.march;
import static dev.pacesetter.comp.Fixtures.meeting;
import static dev.pacesetter.comp.Fixtures.milestone;
import static dev.pacesetter.comp.Fixtures.plan;
import static dev.pacesetter.comp.Fixtures.table;
import static dev.pacesetter.comp.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quota USD 100,000, target incentive USD 4,000; tiers 0–50 % @ 5 %, 50–100 % @ 8 %, 100 %+ @ 12 %. */
class CommissionEngineTest {

    private static final Controls GATED_AT_50 = Controls.NONE.gatedAt(Gate.at("50"));

    @ParameterizedTest(name = "revenue {0} with a 50% gate pays {1}")
    @CsvSource({
        // 40 % < 50 %: the gate holds everything back, including the tier-1 slice it would have paid
        "40000,    0.00",
        // 49,999.99 is 99.99998 % of the gate: still shut (decided exactly)
        "49999.99, 0.00",
        // exactly 50 %: the gate opens and the whole table applies, 50,000 x 5 % = 2,500
        "50000,    2500.00",
        // 80 %: 2,500 + 30,000 x 8 % = 4,900
        "80000,    4900.00",
    })
    void aGatePaysNothingUntilAttainmentReachesIt(String revenue, String expected) {
        assertEquals(usd(expected), earned(plan(table(TierMode.MARGINAL, GATED_AT_50)), deal(1, revenue)));
    }

    @Test
    void aShutGateLeavesOneLineThatSaysWhy() {
        Statement statement = draft(march(plan(table(TierMode.MARGINAL, GATED_AT_50)), deal(1, "42500")));

        StatementLine line = statement.lines().get(0);
        assertEquals(1, statement.lines().size());
        assertEquals("commission/gate", line.key().toString());
        assertEquals(new Rule.GateNotMet(Gate.at("50")), line.rule());
        assertEquals(usd("0"), line.amount());
        assertEquals("Gate not met: attainment 42.5% is below the 50% gate, so 'commission' pays nothing this period.",
                line.explanation());
    }

    @ParameterizedTest(name = "{0}: revenue {1} pays {2}")
    @CsvSource({
        // marginal 120k is 8,900 uncapped; capped at 8,000 -> a cap line of -900
        "AMOUNT,   120000, 8000.00, -900.00",
        // 2 x target incentive 4,000 = 8,000: same cap, expressed as a multiple
        "MULTIPLE, 120000, 8000.00, -900.00",
        // 100k pays 6,500, under the cap: no cap line
        "AMOUNT,   100000, 6500.00, ",
    })
    void aCapHoldsBackWhatIsAboveItOnItsOwnLine(String kind, String revenue, String expected, String capLine) {
        Cap cap = kind.equals("AMOUNT") ? new Cap.Amount(usd("8000")) : new Cap.TargetMultiple(new BigDecimal("2"));
        Statement statement = draft(march(plan(table(TierMode.MARGINAL, Controls.NONE.cappedAt(cap))), deal(1, revenue)));

        assertEquals(usd(expected), statement.totals().earned());
        List<StatementLine> capLines = statement.lines().stream().filter(l -> l.key().slot().equals("cap")).toList();
        assertEquals(capLine == null ? 0 : 1, capLines.size());
        if (capLine != null) {
            assertEquals(usd(capLine), capLines.get(0).amount());
            assertEquals(new Rule.CapApplied(cap, usd("8000"), usd("8900")), capLines.get(0).rule());
        }
    }

    @Test
    void theCapLineExplainsTheLimitAndWhereItComesFrom() {
        Controls capped = Controls.NONE.cappedAt(new Cap.TargetMultiple(new BigDecimal("2")));
        StatementLine cap = draft(march(plan(table(TierMode.MARGINAL, capped)), deal(1, "120000"))).lines().get(3);

        assertEquals("Cap reached: 'commission' comes to USD 8,900.00, above the cap USD 8,000.00"
                + " (2 x target incentive USD 4,000.00), so USD 900.00 is held back.", cap.explanation());
    }

    @ParameterizedTest(name = "revenue {0}: bonus {1}")
    @CsvSource({
        "99999.99, 0.00",
        "100000,   1000.00",
        // far beyond the milestone: still paid once
        "350000,   1000.00",
    })
    void aMilestoneBonusIsPaidOnceWhenAttainmentReachesIt(String revenue, String bonus) {
        Statement statement = draft(march(plan(milestone()), deal(1, revenue)));

        assertEquals(1, statement.lines().size());
        assertEquals(usd(bonus), statement.totals().earned());
    }

    @Test
    void aMilestoneNotReachedSaysWhatIsMissing() {
        StatementLine line = draft(march(plan(milestone()), deal(1, "80000"))).lines().get(0);

        assertEquals(new Rule.Milestone(new BigDecimal("100"), usd("1000"), false), line.rule());
        assertEquals("Milestone not reached: attainment 80% is below 100%; the USD 1,000.00 bonus is paid once it is"
                + " reached.", line.explanation());
    }

    @Test
    void perUnitPaymentsCountMatchingItems() {
        PerUnitPayment meetings = new PerUnitPayment("meetings", ItemFilter.ofType("MEETING_BOOKED"), usd("50"),
                Controls.NONE);
        PerUnitPayment newLogos = new PerUnitPayment("new-logos", ItemFilter.ofType("DEAL_WON")
                .forProducts(Set.of("CORE")).withLogo(ItemFilter.Logo.NEW_LOGO_ONLY), usd("200"), Controls.NONE);

        Statement statement = draft(march(plan(meetings, newLogos),
                meeting(1), meeting(2), meeting(3),
                item(4, ActivityKind.dealWon("CORE", true), "5000"),     // counts
                item(5, ActivityKind.dealWon("ADDON", true), "5000"),    // wrong product
                item(6, ActivityKind.dealWon("CORE", false), "5000"),    // not a new logo
                item(7, ActivityKind.of("CALL_LOGGED"), "0")));          // wrong type

        // 3 meetings x 50 = 150; 1 new-logo CORE deal x 200 = 200
        assertEquals(usd("150.00"), statement.lines().get(0).amount());
        assertEquals(0, statement.lines().get(0).inputs().units().orElseThrow().compareTo(new BigDecimal("3")));
        assertEquals("3 x MEETING_BOOKED @ USD 50.00 = USD 150.00 (a split item counts as its share of a unit).",
                statement.lines().get(0).explanation());
        assertEquals(usd("200.00"), statement.lines().get(1).amount());
        assertEquals(usd("350.00"), statement.totals().earned());
    }

    @Test
    void aSplitItemCountsAsItsShareOfAUnit() {
        PerUnitPayment newLogos = new PerUnitPayment("new-logos",
                ItemFilter.ofType("DEAL_WON").withLogo(ItemFilter.Logo.NEW_LOGO_ONLY), usd("200"), Controls.NONE);
        CreditedItem half = new CreditedItem(ItemRef.of(1, Fixtures.IN_MARCH), ActivityKind.dealWon("CORE", true),
                usd("5000"), new BigDecimal("50"), CreditBasis.DIRECT);

        // 0.5 unit x 200 = 100
        assertEquals(usd("100.00"), earned(plan(newLogos), half));
    }

    @Test
    void linesFollowPlanComponentOrderAndTotalsAreTheirSums() {
        PerUnitPayment meetings = new PerUnitPayment("meetings", ItemFilter.ofType("MEETING_BOOKED"), usd("50"),
                Controls.NONE);
        Statement statement = draft(march(plan(table(TierMode.MARGINAL), milestone(), meetings),
                deal(1, "60000"), deal(2, "60000"), meeting(3)));

        // 2,500 + 4,000 + 2,400 + 1,000 + 50 = 9,950
        assertEquals(List.of("commission/tier-1", "commission/tier-2", "commission/tier-3", "bonus/bonus",
                "meetings/units"), statement.lines().stream().map(l -> l.key().toString()).toList());
        assertEquals(usd("9950.00"), statement.totals().earned());
        assertEquals(usd("0"), statement.totals().adjustments());
        assertEquals(usd("9950.00"), statement.totals().payable());
        assertEquals(new StatementScope(Fixtures.REP, new PlanRef("ae-2025", 1), MARCH), statement.scope());
        assertEquals(usd("120000"), statement.attainment().creditedRevenue());
    }

    @Test
    void theInputMustMatchThePlan() {
        CompPlan plan = plan(table(TierMode.MARGINAL));
        assertEquals("period: plan ae-2025/v1 pays by MONTH, was a QUARTER period 2025-Q1",
                assertThrows(CompRuleException.class,
                        () -> Fixtures.input(plan, CompPeriod.quarter(2025, 1), List.of())).getMessage());
        assertEquals("period: plan ae-2025/v1 is not effective for all of 2024-12",
                assertThrows(CompRuleException.class,
                        () -> Fixtures.input(plan, CompPeriod.month(2024, 12), List.of())).getMessage());
        CreditedItem euros = CreditedItem.direct(ItemRef.of(1, Fixtures.IN_MARCH), ActivityKind.dealWon("CORE", false),
                Money.of("10", "EUR"));
        assertEquals("items[0].credit: must be in the plan currency USD, was EUR",
                assertThrows(CompRuleException.class, () -> march(plan, euros)).getMessage());
        assertEquals("items[1]: ledger item 1 appears twice as DIRECT",
                assertThrows(CompRuleException.class, () -> march(plan, deal(1, "1"), deal(1, "2"))).getMessage());
        assertInstanceOf(CompRuleException.class, assertThrows(IllegalArgumentException.class,
                () -> new PeriodInput(Fixtures.REP, plan, MARCH, new Quota(Money.of("1", "EUR"), Money.of("0", "EUR")),
                        List.of())));
        assertEquals(LocalDate.of(2025, 3, 1), MARCH.start());
    }

    @Test
    void aCorrectionMustComeWithItsOriginal() {
        CompPlan plan = plan(table(TierMode.MARGINAL));
        assertEquals("items[0]: correction 9 amends ledger item 1, which is not among this period's DIRECT items;"
                        + " recalculate the period that holds it",
                assertThrows(CompRuleException.class, () -> march(plan, Fixtures.reversal(9, 1, "-100"))).getMessage());
        assertEquals("items[2]: ledger item 1 is reversed more than once", assertThrows(CompRuleException.class,
                () -> march(plan, deal(1, "100"), Fixtures.reversal(8, 1, "-100"), Fixtures.reversal(9, 1, "0")))
                .getMessage());
        assertEquals("items[1]: corrections take ledger item 1 below zero, to USD -1", assertThrows(
                CompRuleException.class, () -> march(plan, deal(1, "100"), Fixtures.amendment(9, 1, "-101"))).getMessage());
    }

    @Test
    void aCorrectionInTheSamePeriodNetsBeforeAnythingIsPaid() {
        // 120k won, 20k of it taken back the same month: paid on 100k = 2,500 + 4,000 = 6,500
        assertEquals(usd("6500.00"), earned(plan(table(TierMode.MARGINAL)),
                deal(1, "120000"), Fixtures.amendment(2, 1, "-20000")));
    }

    @Test
    void aManagerIsPaidOnTheirTeamsDealsOnTheirOwnPlan() {
        // ana and ben report to mia; mia's plan pays 2 % flat on a team quota of 300,000
        ReportingLines lines = new ReportingLines(java.util.Map.of("ana", "mia", "ben", "mia"));
        Attribution split = Attribution.split("ana", Split.of("ana", "50"), Split.of("ben", "50"));
        List<Activity> ledger = List.of(
                new Activity(ItemRef.of(1, Fixtures.IN_MARCH), ActivityKind.dealWon("CORE", false), usd("100000"),
                        Attribution.owner("ana")),
                new Activity(ItemRef.of(2, Fixtures.IN_MARCH), ActivityKind.dealWon("CORE", false), usd("50000.01"), split));
        CompPlan managerPlan = new CompPlan(new PlanRef("mgr-2025", 1), EffectiveDates.from(LocalDate.of(2025, 1, 1)),
                PeriodKind.MONTH, Fixtures.USD, List.of(new RateTable("team", TierMode.MARGINAL,
                        List.of(Tier.from("0", "2")), Controls.NONE)));

        Statement mias = draft(new PeriodInput("mia", managerPlan, MARCH, new Quota(usd("300000"), usd("5000")),
                CreditingPolicy.creditFor("mia", ledger, lines)));

        // credited 100,000 + 50,000.01 (both halves of the split deal) = 150,000.01; x 2 % = 3,000.0002 -> 3,000.00
        assertEquals(usd("150000.01"), mias.attainment().creditedRevenue());
        assertEquals(usd("3000.00"), mias.totals().earned());
    }
}
