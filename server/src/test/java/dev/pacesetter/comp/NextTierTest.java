package dev.pacesetter.comp;

import static dev.pacesetter.comp.Fixtures.plan;
import static dev.pacesetter.comp.Fixtures.quota;
import static dev.pacesetter.comp.Fixtures.table;
import static dev.pacesetter.comp.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples: quota USD 100,000; tiers 0–50 % @ 5 %, 50–100 % @ 8 %, 100 %+ @ 12 %. */
class NextTierTest {

    @ParameterizedTest(name = "revenue {0}, within {1}% of quota: tier {2}, {3} more")
    @CsvSource({
        // revenue,  within, tier, remaining
        // 45k: tier 2 starts at 50,000; 5,000 more is 5 % of quota, inside a 10 % reach
        "45000,      10,     2,    5000.00",
        // 92k: tier 3 starts at 100,000; 8,000 more
        "92000,      10,     3,    8000.00",
        // one cent short of quota: one cent more
        "99999.99,   10,     3,    0.01",
        // exactly at the reach: 90,000 + 10 % of 100,000 = 100,000 is still reported
        "90000,      10,     3,    10000.00",
    })
    void reportsTheNextTierWhenItIsInReach(String revenue, String within, int tier, String remaining) {
        List<NextTier> next = NextTier.within(plan(table(TierMode.MARGINAL)), usd(revenue), quota().amount(),
                new BigDecimal(within));
        assertEquals(1, next.size(), next::toString);
        assertEquals(tier, next.getFirst().tierNumber());
        assertEquals(usd(remaining), next.getFirst().remaining());
    }

    @ParameterizedTest(name = "revenue {0}, within {1}%: nothing to report")
    @CsvSource({
        // 30k: tier 2 is 20,000 away, more than 10 % of quota (10,000)
        "30000,      10",
        // 89,999.99: tier 3 is 10,000.01 away, one cent beyond the reach
        "89999.99,   10",
        // 100k: the last tier is reached, there is no next one
        "100000,     10",
        // 150k: far into the last tier
        "150000,     50",
        // a reach of 0 never reports (the next tier is always some way off)
        "49999.99,   0",
    })
    void staysQuietWhenTheNextTierIsOutOfReachOrThereIsNone(String revenue, String within) {
        assertTrue(NextTier.within(plan(table(TierMode.MARGINAL)), usd(revenue), quota().amount(),
                new BigDecimal(within)).isEmpty());
    }

    @Test
    void roundsAFractionalBoundaryUpSoTheRemainderIsEnough() {
        // Quota 333.33 and tier 2 from 50 %: the boundary is 166.665; from 100.00 the rep needs
        // 66.665 more, which as money is 66.67 (66.66 would fall short by half a cent).
        List<NextTier> next = NextTier.within(plan(table(TierMode.MARGINAL)), usd("100.00"), usd("333.33"),
                new BigDecimal("50"));
        assertEquals(usd("66.67"), next.getFirst().remaining());
        assertEquals("tier 2 (50%-100% of quota @ 8%)", next.getFirst().tierName());
        assertEquals("8%", next.getFirst().rate());
    }

    @Test
    void aReachedTierIsNeverNext() {
        assertThrows(CompRuleException.class, () -> new NextTier("commission", 2,
                Tier.of("50", "100", "8"), usd("0.00")));
    }
}
