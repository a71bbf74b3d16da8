package dev.pacesetter.comp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * "What do I earn if I close this deal?": the engine run on the period as it stands and again with
 * the hypothetical item added; the answer is the difference. There is no second formula, so an
 * estimate always agrees with the statement the deal would produce. Cost: two linear engine runs.
 */
final class Estimator {

    private Estimator() {
    }

    /**
     * @param current      the rep's period so far
     * @param hypothetical the deal as it would be credited to this rep (see {@link CreditingPolicy}
     *                     for splits); not a correction; use {@link ItemRef#hypothetical} for its ref
     */
    static Estimate estimate(PeriodInput current, CreditedItem hypothetical) {
        Checks.present(current, "current");
        Checks.present(hypothetical, "hypothetical");
        Checks.require(!hypothetical.ref().isCorrection(), "hypothetical", "must be a new item, not a correction");
        Checks.require(hypothetical.credit().signum() >= 0, "hypothetical.credit",
                "must not be negative, was " + hypothetical.credit());
        CommissionEngine.PeriodResult before = CommissionEngine.evaluate(current);
        CommissionEngine.PeriodResult after = CommissionEngine.evaluate(current.withItem(hypothetical));
        Estimate.Snapshot was = snapshot(current.plan(), before);
        Estimate.Snapshot would = snapshot(current.plan(), after);
        Money delta = would.earnings().minus(was.earnings());
        return new Estimate(was, would, delta,
                would.attainmentPercent().subtract(was.attainmentPercent()),
                explanation(hypothetical, was, would, changes(before.lines(), after.lines())));
    }

    private static Estimate.Snapshot snapshot(CompPlan plan, CommissionEngine.PeriodResult result) {
        Optional<Estimate.TierReached> tier = plan.components().stream()
                .filter(RateTable.class::isInstance).map(RateTable.class::cast).findFirst()
                .map(table -> {
                    int reached = table.reachedTier(result.facts().revenue(), result.facts().quota().amount());
                    return new Estimate.TierReached(table.id(), reached + 1, table.tiers().get(reached));
                });
        return new Estimate.Snapshot(result.earned(), result.facts().attainmentPercent(), tier);
    }

    /** Per line key, the change in amount; keys whose amount does not change are left out. */
    private static Map<LineKey, Money> changes(List<StatementLine> before, List<StatementLine> after) {
        Map<LineKey, Money> delta = new LinkedHashMap<>();
        for (StatementLine line : after) {
            delta.merge(line.key(), line.amount(), Money::plus);
        }
        for (StatementLine line : before) {
            delta.merge(line.key(), line.amount().negated(), Money::plus);
        }
        delta.values().removeIf(Money::isZero);
        return delta;
    }

    private static String explanation(CreditedItem deal, Estimate.Snapshot was, Estimate.Snapshot would,
                                      Map<LineKey, Money> changes) {
        Money delta = would.earnings().minus(was.earnings());
        StringBuilder text = new StringBuilder("Closing this ").append(deal.kind().type())
                .append(" credited at ").append(deal.credit().format()).append(" would change this period's earnings by ")
                .append(Explain.signed(delta)).append(" (").append(was.earnings().format()).append(" -> ")
                .append(would.earnings().format()).append("): attainment ")
                .append(Explain.attainment(was.attainmentPercent())).append(" -> ")
                .append(Explain.attainment(would.attainmentPercent()));
        if (was.tier().isPresent() && would.tier().isPresent()) {
            String from = was.tier().get().label();
            String to = would.tier().get().label();
            text.append(from.equals(to) ? ", staying in " + from : ", " + from + " -> " + to);
        }
        StringJoiner lines = new StringJoiner("; ", ". Changes: ", ".");
        lines.setEmptyValue(". No statement line changes.");
        changes.forEach((key, amount) -> lines.add(key + " " + Explain.signed(amount)));
        return text.append(lines).toString();
    }
}
