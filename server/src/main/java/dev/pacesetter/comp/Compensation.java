package dev.pacesetter.comp;

import java.util.Collection;
import java.util.List;

/**
 * The engine's public entry points for the service layer ({@code dev.pacesetter.comp.service}),
 * which lives outside this package so this one stays free of framework imports. Each method is a
 * one-line delegation: there is no second formula.
 */
public final class Compensation {

    private Compensation() {
    }

    /** Credits ledger activities to one rep (owner or split share; roll-up through {@code lines}). */
    public static List<CreditedItem> credit(String repId, Collection<Activity> activities, ReportingLines lines) {
        return CreditingPolicy.creditFor(repId, activities, lines);
    }

    /** A statement draft for a period, with adjustments for the earlier periods given. */
    public static Statement statement(PeriodInput current, List<PriorPeriod> recalculations) {
        return CommissionEngine.draft(current, recalculations);
    }

    /**
     * What the rep of {@code current} earns from a hypothetical deal, credited to them as
     * {@link CreditingPolicy} would credit it (their split share, or nothing).
     */
    public static Estimate estimate(PeriodInput current, Activity hypothetical) {
        List<CreditedItem> credited = credit(current.repId(), List.of(hypothetical), ReportingLines.NONE);
        Checks.require(!credited.isEmpty(), "splits", "the deal credits nothing to rep " + current.repId());
        return Estimator.estimate(current, credited.getFirst());
    }
}
