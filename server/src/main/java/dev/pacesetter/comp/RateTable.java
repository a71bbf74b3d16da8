package dev.pacesetter.comp;

import java.util.List;

/**
 * Commission on credited revenue by attainment. Tiers are contiguous, do not overlap, start at 0 %
 * of quota, and only the last may be open-ended.
 *
 * @param id       component id
 * @param mode     marginal or retroactive
 * @param tiers    in ascending order
 * @param controls gate and cap
 */
public record RateTable(String id, TierMode mode, List<Tier> tiers, Controls controls) implements PlanComponent {

    /** Rejects gaps, overlaps, a first tier not starting at 0 and an open-ended tier before the last. */
    public RateTable {
        Checks.id(id, "id");
        Checks.present(mode, "mode");
        tiers = Checks.list(tiers, "tiers");
        Checks.present(controls, "controls");
        Checks.require(!tiers.isEmpty(), "tiers", "must have at least one tier");
        Checks.require(tiers.get(0).fromPercent().signum() == 0, "tiers[0].fromPercent",
                "must be 0, was " + tiers.get(0).fromPercent().toPlainString());
        for (int i = 1; i < tiers.size(); i++) {
            Tier previous = tiers.get(i - 1);
            Checks.require(previous.toPercent().isPresent(), "tiers[" + (i - 1) + "].toPercent",
                    "only the last tier may be open-ended");
            Checks.require(previous.toPercent().get().compareTo(tiers.get(i).fromPercent()) == 0,
                    "tiers[" + i + "].fromPercent", "must equal the previous tier's toPercent "
                            + previous.toPercent().get().toPlainString() + " (no gap, no overlap), was "
                            + tiers.get(i).fromPercent().toPlainString());
        }
    }

    /**
     * Index (from 0) of the tier that attainment has reached: the last tier whose lower bound is at or
     * below {@code revenue / quota}. Decided exactly, {@code revenue × 100 ≥ quota × from}.
     */
    int reachedTier(Money revenue, Money quota) {
        int reached = 0;
        for (int i = 1; i < tiers.size(); i++) {
            if (Attainments.reaches(revenue, quota, tiers.get(i).fromPercent())) {
                reached = i;
            }
        }
        return reached;
    }
}
