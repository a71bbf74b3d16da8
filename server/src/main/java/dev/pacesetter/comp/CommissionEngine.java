package dev.pacesetter.comp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The commission engine: one period's input in, a statement draft out. Pure and deterministic;
 * linear in the number of items (one pass for revenue, one per per-unit component), so it can run
 * on every request, including twice per estimate.
 */
final class CommissionEngine {

    /** One period evaluated: its facts and its own lines (no adjustments). */
    record PeriodResult(PeriodFacts facts, List<StatementLine> lines) {

        Money earned() {
            Money total = Money.zero(facts.revenue().currency());
            for (StatementLine line : lines) {
                total = total.plus(line.amount());
            }
            return total;
        }
    }

    private CommissionEngine() {
    }

    /** The period's own lines, component by component in plan order. */
    static PeriodResult evaluate(PeriodInput input) {
        Checks.present(input, "input");
        PeriodFacts facts = PeriodFacts.of(input);
        List<StatementLine> lines = new ArrayList<>();
        for (PlanComponent component : input.plan().components()) {
            lines.addAll(ComponentPolicy.lines(component, facts));
        }
        return new PeriodResult(facts, List.copyOf(lines));
    }

    /**
     * A statement draft for {@code current}, plus clawbacks and true-ups for each earlier period in
     * {@code recalculations} (corrections arrive in the current period, their money lands here).
     */
    static Statement draft(PeriodInput current, List<PriorPeriod> recalculations) {
        Checks.present(current, "current");
        List<PriorPeriod> priors = new ArrayList<>(Checks.list(recalculations, "recalculations"));
        Set<CompPeriod> seen = new HashSet<>();
        for (int i = 0; i < priors.size(); i++) {
            PeriodInput prior = priors.get(i).input();
            String field = "recalculations[" + i + "]";
            Checks.require(prior.repId().equals(current.repId()), field, "is for rep " + prior.repId()
                    + ", the statement for " + current.repId());
            Checks.require(prior.plan().currency().equals(current.plan().currency()), field,
                    "is in " + prior.plan().currency() + ", the statement in " + current.plan().currency());
            Checks.require(prior.period().end().compareTo(current.period().start()) <= 0, field, "period "
                    + prior.period().label() + " must end before " + current.period().label() + " starts");
            Checks.require(seen.add(prior.period()), field, "period " + prior.period().label() + " appears twice");
        }
        priors.sort(Comparator.comparing(PriorPeriod::period));

        PeriodResult result = evaluate(current);
        List<StatementLine> lines = new ArrayList<>(result.lines());
        Money adjustments = Money.zero(current.plan().currency());
        for (PriorPeriod prior : priors) {
            for (StatementLine line : AdjustmentPolicy.lines(prior)) {
                lines.add(line);
                adjustments = adjustments.plus(line.amount());
            }
        }
        Money earned = result.earned();
        return new Statement(new StatementScope(current.repId(), current.plan().ref(), current.period()),
                result.facts().attainment(), lines, new Totals(earned, adjustments, earned.plus(adjustments)));
    }
}
