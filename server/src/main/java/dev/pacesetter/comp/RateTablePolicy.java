package dev.pacesetter.comp;

import java.util.ArrayList;
import java.util.List;

/**
 * Commission from a rate table.
 * <ul>
 *   <li>Marginal: one line per tier that revenue reaches, paying the slice of revenue between the
 *       tier's bounds (bounds are quota × percent, exact) at the tier's rate.</li>
 *   <li>Retroactive: one line paying all revenue at the rate of the tier reached.</li>
 * </ul>
 * Each line is rounded half-even on its own; a component's total is the sum of its rounded lines.
 */
final class RateTablePolicy {

    /** Slot of the single retroactive line: stable when the tier changes, so corrections diff cleanly. */
    static final String RETROACTIVE_SLOT = "all";

    private RateTablePolicy() {
    }

    static List<StatementLine> lines(RateTable table, PeriodFacts facts) {
        return table.mode() == TierMode.MARGINAL ? marginal(table, facts) : List.of(retroactive(table, facts));
    }

    static String slot(int tierNumber) {
        return "tier-" + tierNumber;
    }

    private static List<StatementLine> marginal(RateTable table, PeriodFacts facts) {
        Money revenue = facts.revenue();
        Money quota = facts.quota().amount();
        List<StatementLine> lines = new ArrayList<>();
        for (int i = 0; i < table.tiers().size(); i++) {
            Tier tier = table.tiers().get(i);
            Money from = quota.percent(tier.fromPercent());
            if (i > 0 && revenue.compareTo(from) <= 0) {
                break;
            }
            Money to = tier.toPercent().map(quota::percent).map(revenue::min).orElse(revenue).max(from);
            Slice slice = new Slice(from, to);
            Money amount = slice.width().percent(tier.ratePercent()).rounded();
            String text = capitalised(tier.label(i + 1)) + ": credited revenue from " + from.format() + " to "
                    + to.format() + " = " + slice.width().format() + " x " + Explain.percent(tier.ratePercent())
                    + " = " + amount.format() + ".";
            lines.add(new StatementLine(new LineKey(table.id(), slot(i + 1)),
                    new Rule.RateTier(i + 1, tier, TierMode.MARGINAL), facts.inputs().withSlice(slice), amount, text));
        }
        return lines;
    }

    private static StatementLine retroactive(RateTable table, PeriodFacts facts) {
        Money revenue = facts.revenue();
        int reached = table.reachedTier(revenue, facts.quota().amount());
        Tier tier = table.tiers().get(reached);
        Slice slice = new Slice(Money.zero(revenue.currency()), revenue);
        Money amount = revenue.percent(tier.ratePercent()).rounded();
        String text = "Attainment " + facts.attainmentText() + " reaches " + tier.label(reached + 1)
                + "; retroactive, so all credited revenue " + revenue.format() + " x "
                + Explain.percent(tier.ratePercent()) + " = " + amount.format() + ".";
        return new StatementLine(new LineKey(table.id(), RETROACTIVE_SLOT),
                new Rule.RateTier(reached + 1, tier, TierMode.RETROACTIVE), facts.inputs().withSlice(slice), amount, text);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
