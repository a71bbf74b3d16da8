package dev.pacesetter.comp;

import static dev.pacesetter.comp.Fixtures.deal;
import static dev.pacesetter.comp.Fixtures.draft;
import static dev.pacesetter.comp.Fixtures.march;
import static dev.pacesetter.comp.Fixtures.plan;
import static dev.pacesetter.comp.Fixtures.table;
import static dev.pacesetter.comp.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples: quota USD 100,000; tiers 0–50 % @ 5 %, 50–100 % @ 8 %, 100 %+ @ 12 %. */
class RateTableTest {

    @ParameterizedTest(name = "revenue {0}: marginal {1}, retroactive {2}")
    @CsvSource({
        // revenue,  marginal, retroactive
        // nothing credited: nothing paid
        "0,          0,        0",
        // 30k: all in tier 1.     marginal 30,000 x 5% = 1,500           retro 30,000 x 5% = 1,500
        "30000,      1500,     1500",
        // 50k reaches tier 2.     marginal 50,000 x 5% = 2,500           retro 50,000 x 8% = 4,000
        "50000,      2500,     4000",
        // 80k.                    marginal 2,500 + 30,000 x 8% = 4,900   retro 80,000 x 8% = 6,400
        "80000,      4900,     6400",
        // 100k reaches tier 3.    marginal 2,500 + 4,000 = 6,500         retro 100,000 x 12% = 12,000
        "100000,     6500,     12000",
        // 120k.                   marginal 2,500 + 4,000 + 2,400 = 8,900 retro 120,000 x 12% = 14,400
        "120000,     8900,     14400",
        // one cent short of quota stays in tier 2 (decided exactly, not by a rounded percentage):
        // marginal 2,500 + 49,999.99 x 8% = 2,500 + 3,999.9992 -> line 4,000.00 (half-even) = 6,500.00
        // retro 99,999.99 x 8% = 7,999.9992 -> 8,000.00
        "99999.99,   6500.00,  8000.00",
    })
    void paysTheWorkedExamples(String revenue, String marginal, String retroactive) {
        assertEquals(usd(marginal), Fixtures.earned(plan(table(TierMode.MARGINAL)), deal(1, revenue)));
        assertEquals(usd(retroactive), Fixtures.earned(plan(table(TierMode.RETROACTIVE)), deal(1, revenue)));
    }

    @Test
    void marginalLinesShowEachSliceWithItsBoundsAndRate() {
        Statement statement = draft(march(plan(table(TierMode.MARGINAL)), deal(1, "70000"), deal(2, "50000")));

        assertEquals(List.of("commission/tier-1", "commission/tier-2", "commission/tier-3"),
                statement.lines().stream().map(line -> line.key().toString()).toList());
        StatementLine tier2 = statement.lines().get(1);
        assertEquals(usd("4000.00"), tier2.amount());
        assertEquals(new Slice(usd("50000"), usd("100000")), tier2.inputs().slice().orElseThrow());
        assertEquals(usd("120000"), tier2.inputs().creditedRevenue());
        assertEquals(0, tier2.inputs().attainmentPercent().compareTo(new java.math.BigDecimal("120")));
        assertEquals(new Rule.RateTier(2, Tier.of("50", "100", "8"), TierMode.MARGINAL), tier2.rule());
        assertEquals("Tier 2 (50%-100% of quota @ 8%): credited revenue from USD 50,000.00 to USD 100,000.00"
                + " = USD 50,000.00 x 8% = USD 4,000.00.", tier2.explanation());
        assertEquals(new Slice(usd("100000"), usd("120000")), statement.lines().get(2).inputs().slice().orElseThrow());
        assertEquals(usd("8900.00"), statement.totals().earned());
    }

    @Test
    void retroactivePaysAllRevenueAtTheTierReachedOnOneLine() {
        Statement statement = draft(march(plan(table(TierMode.RETROACTIVE)), deal(1, "120000")));

        StatementLine line = statement.lines().get(0);
        assertEquals(1, statement.lines().size());
        assertEquals("commission/all", line.key().toString());
        assertEquals(new Rule.RateTier(3, Tier.from("100", "12"), TierMode.RETROACTIVE), line.rule());
        assertEquals("Attainment 120% reaches tier 3 (100%+ of quota @ 12%); retroactive, so all credited revenue"
                + " USD 120,000.00 x 12% = USD 14,400.00.", line.explanation());
    }

    @Test
    void attainmentJustShortOfATierIsNeverShownAsReachingIt() {
        StatementLine line = draft(march(plan(table(TierMode.RETROACTIVE)), deal(1, "99999.99"))).lines().get(0);

        // 99.99999 % is shown as 99.99 %, not rounded up to a misleading 100 %
        assertEquals("Attainment 99.99% reaches tier 2 (50%-100% of quota @ 8%); retroactive, so all credited"
                + " revenue USD 99,999.99 x 8% = USD 8,000.00.", line.explanation());
    }

    @Test
    void planRatesAreShownExactly() {
        assertEquals("tier 1 (0%-12.5% of quota @ 0.125%)", Tier.of("0", "12.5", "0.125").label(1));
    }

    @Test
    void findsTheTierReachedExactly() {
        RateTable table = table(TierMode.MARGINAL);
        assertEquals(0, table.reachedTier(usd("49999.99"), usd("100000")));
        assertEquals(1, table.reachedTier(usd("50000"), usd("100000")));
        assertEquals(1, table.reachedTier(usd("99999.999999"), usd("100000")));
        assertEquals(2, table.reachedTier(usd("100000"), usd("100000")));
    }

    @Test
    void eachLineIsRoundedHalfEvenOnItsOwn() {
        RateTable fivePercent = new RateTable("commission", TierMode.MARGINAL, List.of(Tier.from("0", "5")), Controls.NONE);
        // 0.50 x 5 % = 0.025, a tie: half-even keeps the even 0.02 (half-up would give 0.03)
        assertEquals(usd("0.02"), Fixtures.earned(plan(fivePercent), deal(1, "0.50")));
        // 0.70 x 5 % = 0.035, a tie: half-even goes to the even 0.04
        assertEquals(usd("0.04"), Fixtures.earned(plan(fivePercent), deal(1, "0.70")));
        // 0.51 x 5 % = 0.0255, past the tie: 0.03
        assertEquals(usd("0.03"), Fixtures.earned(plan(fivePercent), deal(1, "0.51")));
    }
}
