package dev.pacesetter.comp;

import java.util.ArrayList;
import java.util.List;

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

    /** A statement draft for one rep and one period. */
    static Statement draft(PeriodInput current) {
        PeriodResult result = evaluate(current);
        Money earned = result.earned();
        Money none = Money.zero(current.plan().currency());
        return new Statement(new StatementScope(current.repId(), current.plan().ref(), current.period()),
                result.facts().attainment(), result.lines(), new Totals(earned, none, earned));
    }
}
