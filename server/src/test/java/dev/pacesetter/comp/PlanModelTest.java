package dev.pacesetter.comp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanModelTest {

    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "5:50:5, 50:100:8  | tiers[0].fromPercent: must be 0, was 5",
        "0:50:5, 60:100:8  | tiers[1].fromPercent: must equal the previous tier's toPercent 50 (no gap, no overlap), was 60",
        "0:50:5, 40:100:8  | tiers[1].fromPercent: must equal the previous tier's toPercent 50 (no gap, no overlap), was 40",
        "0:-:5, 50:100:8   | tiers[0].toPercent: only the last tier may be open-ended",
        "0:50:5, 50:50:8   | toPercent: must be above fromPercent 50, was 50",
        "0:50:-1           | ratePercent: must not be negative, was -1",
    })
    void rateTablesMustBeContiguousFromZero(String tiers, String message) {
        CompRuleException e = assertThrows(CompRuleException.class, () -> new RateTable("commission", TierMode.MARGINAL,
                Arrays.stream(tiers.split(",")).map(String::trim).map(PlanModelTest::tier).toList(), Controls.NONE));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aBoundedLastTierIsAllowed() {
        RateTable table = new RateTable("commission", TierMode.MARGINAL,
                List.of(Tier.of("0", "100", "5"), Tier.of("100", "150", "10")), Controls.NONE);
        assertEquals("tier 2 (100%-150% of quota @ 10%)", table.tiers().get(1).label(2));
    }

    @Test
    void componentIdsAreUniqueWithinAPlan() {
        RateTable one = new RateTable("commission", TierMode.MARGINAL, List.of(Tier.from("0", "5")), Controls.NONE);
        CompRuleException e = assertThrows(CompRuleException.class, () -> plan(one, one));
        assertEquals("components[1].id: duplicate component id 'commission'", e.getMessage());
    }

    @Test
    void everyAmountInAPlanIsInThePlanCurrency() {
        MilestoneBonus euros = new MilestoneBonus("bonus", new BigDecimal("100"), Money.of("1000", "EUR"), Controls.NONE);
        CompRuleException e = assertThrows(CompRuleException.class, () -> plan(euros));
        assertEquals("components[0]: amount EUR 1000 is not in the plan currency USD", e.getMessage());

        Controls euroCap = Controls.NONE.cappedAt(new Cap.Amount(Money.of("5000", "EUR")));
        assertThrows(CompRuleException.class, () -> plan(
                new RateTable("commission", TierMode.MARGINAL, List.of(Tier.from("0", "5")), euroCap)));
    }

    @Test
    void capsAndBonusesAreWholeMinorUnits() {
        assertEquals("limit: must be in whole minor units, was USD 10.005",
                assertThrows(CompRuleException.class, () -> new Cap.Amount(Money.of("10.005", "USD"))).getMessage());
        assertEquals("bonus: must be in whole minor units, was USD 0.001", assertThrows(CompRuleException.class,
                () -> new MilestoneBonus("b", BigDecimal.ONE, Money.of("0.001", "USD"), Controls.NONE)).getMessage());
    }

    @Test
    void aTargetMultipleCapIsRoundedByTheLineRule() {
        // 1.5 x 3,333.33 = 4,999.995 -> half-even -> 5,000.00 (the 9 before the tie is odd, so it rounds up)
        Quota quota = new Quota(Money.of("100000", "USD"), Money.of("3333.33", "USD"));
        assertEquals(Money.of("5000.00", "USD"), new Cap.TargetMultiple(new BigDecimal("1.5")).limit(quota));
    }

    @Test
    void itemFiltersMatchTypeProductAndNewLogo() {
        ItemFilter newLogoCore = ItemFilter.ofType("DEAL_WON").forProducts(Set.of("CORE"))
                .withLogo(ItemFilter.Logo.NEW_LOGO_ONLY);
        assertTrue(newLogoCore.matches(ActivityKind.dealWon("CORE", true)));
        assertFalse(newLogoCore.matches(ActivityKind.dealWon("CORE", false)));
        assertFalse(newLogoCore.matches(ActivityKind.dealWon("ADDON", true)));
        assertFalse(newLogoCore.matches(ActivityKind.of("MEETING_BOOKED")));
        assertEquals("new-logo DEAL_WON (products CORE)", newLogoCore.describe());
        assertEquals("type: must be UPPER_SNAKE_CASE, 2-40 characters, was 'meeting'",
                assertThrows(CompRuleException.class, () -> ItemFilter.ofType("meeting")).getMessage());
    }

    @Test
    void quotaIsPositiveAndInOneCurrency() {
        assertEquals("amount: must be positive, was USD 0", assertThrows(CompRuleException.class,
                () -> new Quota(Money.of("0", "USD"), Money.of("1", "USD"))).getMessage());
        assertThrows(CompRuleException.class, () -> new Quota(Money.of("1", "USD"), Money.of("1", "EUR")));
    }

    private static CompPlan plan(PlanComponent... components) {
        return new CompPlan(new PlanRef("ae", 1), EffectiveDates.from(LocalDate.of(2025, 1, 1)), PeriodKind.MONTH, USD,
                List.of(components));
    }

    private static Tier tier(String text) {
        String[] parts = text.split(":");
        return new Tier(new BigDecimal(parts[0]),
                parts[1].equals("-") ? Optional.empty() : Optional.of(new BigDecimal(parts[1])), new BigDecimal(parts[2]));
    }
}
