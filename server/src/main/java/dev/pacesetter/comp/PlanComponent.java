package dev.pacesetter.comp;

/**
 * One way a plan pays: a rate table on credited revenue, a milestone bonus, or a per-unit payment.
 * Each component has an id unique within its plan (statement lines and corrections refer to it)
 * and its own gate and cap.
 */
public sealed interface PlanComponent permits RateTable, MilestoneBonus, PerUnitPayment {

    /** Unique within the plan, e.g. {@code commission}. */
    String id();

    /** Gate and cap of this component. */
    Controls controls();
}
