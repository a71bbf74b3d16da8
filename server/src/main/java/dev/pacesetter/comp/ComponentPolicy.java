package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of one plan component for one period, in three steps: the gate (if not met, one zero
 * line says so and nothing else is paid), the component's own rule, then the cap (if the rounded
 * lines add up to more than the limit, a negative cap line brings them down to it exactly).
 */
final class ComponentPolicy {

    private ComponentPolicy() {
    }

    static List<StatementLine> lines(PlanComponent component, PeriodFacts facts) {
        Optional<Gate> gate = component.controls().gate();
        if (gate.isPresent() && !facts.reaches(gate.get().minAttainmentPercent())) {
            return List.of(gateLine(component, gate.get(), facts));
        }
        List<StatementLine> lines = switch (component) {
            case RateTable table -> RateTablePolicy.lines(table, facts);
            case MilestoneBonus bonus -> List.of(milestone(bonus, facts));
            case PerUnitPayment perUnit -> List.of(perUnit(perUnit, facts));
        };
        return component.controls().cap().map(cap -> capped(component.id(), cap, lines, facts)).orElse(lines);
    }

    private static StatementLine gateLine(PlanComponent component, Gate gate, PeriodFacts facts) {
        String text = "Gate not met: attainment " + facts.attainmentText() + " is below the "
                + Explain.percent(gate.minAttainmentPercent()) + " gate, so '" + component.id()
                + "' pays nothing this period.";
        return new StatementLine(new LineKey(component.id(), "gate"), new Rule.GateNotMet(gate), facts.inputs(),
                Money.zero(facts.revenue().currency()).rounded(), text);
    }

    private static StatementLine milestone(MilestoneBonus bonus, PeriodFacts facts) {
        boolean reached = facts.reaches(bonus.atAttainmentPercent());
        String threshold = Explain.percent(bonus.atAttainmentPercent());
        Money amount = reached ? bonus.bonus().rounded() : Money.zero(bonus.bonus().currency()).rounded();
        String text = reached
                ? "Milestone reached: attainment " + facts.attainmentText() + " is at or above " + threshold
                        + ", bonus " + amount.format() + " (paid once per period)."
                : "Milestone not reached: attainment " + facts.attainmentText() + " is below " + threshold
                        + "; the " + bonus.bonus().format() + " bonus is paid once it is reached.";
        return new StatementLine(new LineKey(bonus.id(), "bonus"),
                new Rule.Milestone(bonus.atAttainmentPercent(), bonus.bonus(), reached), facts.inputs(), amount, text);
    }

    private static StatementLine perUnit(PerUnitPayment payment, PeriodFacts facts) {
        BigDecimal units = facts.units(payment.filter());
        Money amount = payment.perUnit().times(units).rounded();
        String text = Explain.number(units) + " x " + payment.filter().describe() + " @ "
                + payment.perUnit().format() + " = " + amount.format()
                + " (a split item counts as its share of a unit).";
        return new StatementLine(new LineKey(payment.id(), "units"), new Rule.UnitRate(payment.filter(), payment.perUnit()),
                facts.inputs().withUnits(units), amount, text);
    }

    private static List<StatementLine> capped(String componentId, Cap cap, List<StatementLine> lines, PeriodFacts facts) {
        Money limit = cap.limit(facts.quota());
        Money uncapped = Money.zero(limit.currency());
        for (StatementLine line : lines) {
            uncapped = uncapped.plus(line.amount());
        }
        if (uncapped.compareTo(limit) <= 0) {
            return lines;
        }
        Money held = limit.minus(uncapped);
        String text = "Cap reached: '" + componentId + "' comes to " + uncapped.format() + ", above the "
                + cap.describe(facts.quota()) + ", so " + held.negated().format() + " is held back.";
        List<StatementLine> withCap = new ArrayList<>(lines);
        withCap.add(new StatementLine(new LineKey(componentId, "cap"), new Rule.CapApplied(cap, limit, uncapped),
                facts.inputs(), held, text));
        return withCap;
    }
}
