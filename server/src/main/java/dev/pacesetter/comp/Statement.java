package dev.pacesetter.comp;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A draft commission statement for one rep and one period: this period's lines in plan component
 * order, then adjustments for earlier periods in period order, and their totals. A draft is not yet
 * paid: the service persists it, gives each line an id, and later passes the paid lines back as
 * {@link PaidLine}s when a correction needs a recalculation.
 *
 * @param scope      rep, plan version, period
 * @param attainment credited revenue against quota
 * @param lines      ordered lines
 * @param totals     sums of the lines
 */
public record Statement(StatementScope scope, Attainment attainment, List<StatementLine> lines, Totals totals) {

    /** Rejects duplicate line keys and totals that are not the sums of the lines. */
    public Statement {
        Checks.present(scope, "scope");
        Checks.present(attainment, "attainment");
        lines = Checks.list(lines, "lines");
        Checks.present(totals, "totals");
        Set<LineKey> keys = new HashSet<>();
        Money earned = Money.zero(totals.earned().currency());
        Money adjustments = earned;
        for (StatementLine line : lines) {
            Checks.require(keys.add(line.key()), () -> "lines", () -> "duplicate line key " + line.key());
            if (line.isAdjustment()) {
                adjustments = adjustments.plus(line.amount());
            } else {
                earned = earned.plus(line.amount());
            }
        }
        Checks.require(earned.equals(totals.earned()), "totals.earned", "must be the sum of the period's lines "
                + earned + ", was " + totals.earned());
        Checks.require(adjustments.equals(totals.adjustments()), "totals.adjustments",
                "must be the sum of the adjustment lines " + adjustments + ", was " + totals.adjustments());
    }

    /** The line with this key. */
    public Optional<StatementLine> line(LineKey key) {
        return lines.stream().filter(line -> line.key().equals(key)).findFirst();
    }

    /** The lines of one component, this period's and adjustments. */
    public List<StatementLine> linesOf(String componentId) {
        return lines.stream().filter(line -> line.componentId().equals(componentId)).toList();
    }

    /** The adjustment lines. */
    public List<StatementLine> adjustments() {
        return lines.stream().filter(StatementLine::isAdjustment).toList();
    }
}
