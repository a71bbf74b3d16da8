package dev.pacesetter.comp;

/**
 * Whose statement, under which plan version, for which period.
 *
 * @param repId  the rep
 * @param plan   the plan version applied to the period's own lines
 * @param period the period
 */
public record StatementScope(String repId, PlanRef plan, CompPeriod period) {

    /** Rejects missing values. */
    public StatementScope {
        Checks.id(repId, "repId");
        Checks.present(plan, "plan");
        Checks.present(period, "period");
    }
}
