package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How much more credited revenue lifts a rep into the next tier of each rate table: "USD 2,000.00
 * more this quarter puts you in the 10% tier". Only tiers within {@code withinPercent} of quota are
 * reported, so a rep is told when the next tier is in reach, not every time.
 *
 * @param componentId the rate table
 * @param tierNumber  the next tier, numbered from 1 as statement lines number them
 * @param tier        its bounds and rate
 * @param remaining   the revenue still missing, rounded up to the minor unit so it is enough
 */
public record NextTier(String componentId, int tierNumber, Tier tier, Money remaining) {

    /** Rejects a missing or non-positive distance: a reached tier is not "next". */
    public NextTier {
        Checks.id(componentId, "componentId");
        Checks.require(tierNumber >= 2, "tierNumber", "the first tier is always reached, was " + tierNumber);
        Checks.present(tier, "tier");
        Checks.present(remaining, "remaining");
        Checks.require(remaining.signum() > 0, "remaining", "must be positive, was " + remaining);
    }

    /** {@code tier 3 (120%+ of quota @ 15%)}, as the statement names it. */
    public String tierName() {
        return tier.label(tierNumber);
    }

    /** The next tier's rate, {@code 12%}. */
    public String rate() {
        return Explain.percent(tier.ratePercent());
    }

    /**
     * The next tier of every rate table of {@code plan} that {@code revenue} has not reached but would
     * with at most {@code withinPercent} % of quota more.
     */
    public static List<NextTier> within(CompPlan plan, Money revenue, Money quota, BigDecimal withinPercent) {
        Checks.present(plan, "plan");
        Checks.present(revenue, "revenue");
        Checks.present(quota, "quota");
        Checks.nonNegative(withinPercent, "withinPercent");
        Checks.require(quota.signum() > 0, "quota", "must be positive, was " + quota);
        Money reach = quota.percent(withinPercent);
        List<NextTier> out = new ArrayList<>();
        for (PlanComponent component : plan.components()) {
            if (!(component instanceof RateTable table)) {
                continue;
            }
            int next = table.reachedTier(revenue, quota) + 1;
            if (next >= table.tiers().size()) {
                continue;
            }
            Tier tier = table.tiers().get(next);
            Money boundary = quota.percent(tier.fromPercent());
            Money missing = boundary.minus(revenue);
            Money remaining = new Money(missing.amount().setScale(missing.minorDigits(), RoundingMode.CEILING),
                    missing.currency());
            if (remaining.signum() > 0 && missing.compareTo(reach) <= 0) {
                out.add(new NextTier(table.id(), next + 1, tier, remaining));
            }
        }
        return out;
    }
}
