package dev.pacesetter.coaching;

/**
 * How evidence is weighed into a proficiency. The weights are the stated share of each source when all
 * three are present and fresh; absent sources drop out and the rest are renormalised.
 *
 * <p>Recency: evidence {@code age} days old is multiplied by {@code ½^(age / halfLifeDays)}, so with a
 * 90-day half-life a rating from three months ago counts half as much as one from today. Evidence older
 * than {@code maxAgeDays} is listed but not used: a two-year-old rating is history, not evidence.
 *
 * @param managerWeight share of the manager's rating
 * @param kpiWeight     share of the KPI signals together (split between them by their influence weights)
 * @param selfWeight    share of the rep's own rating
 * @param halfLifeDays  days after which evidence counts half, 1..3650
 * @param maxAgeDays    evidence older than this is ignored, {@code halfLifeDays}..3650
 */
public record BlendPolicy(double managerWeight, double kpiWeight, double selfWeight, int halfLifeDays,
                          int maxAgeDays) {

    /** Manager 0.5, KPI 0.35, self 0.15; half-life 90 days; evidence older than a year is ignored. */
    public static final BlendPolicy DEFAULT = new BlendPolicy(0.5, 0.35, 0.15, 90, 365);

    private static final double TOLERANCE = 0.001;

    public BlendPolicy {
        for (double w : new double[] {managerWeight, kpiWeight, selfWeight}) {
            Checks.require(Double.isFinite(w) && w >= 0, "weights", "must be finite and not negative, was " + w);
        }
        Checks.require(Math.abs(managerWeight + kpiWeight + selfWeight - 1.0) <= TOLERANCE, "weights",
                "must sum to 1.0, sum to " + (managerWeight + kpiWeight + selfWeight));
        Checks.range(halfLifeDays, 1, 3650, "halfLifeDays");
        Checks.range(maxAgeDays, halfLifeDays, 3650, "maxAgeDays");
    }

    /** The recency factor for evidence {@code ageDays} old: 1 today, ½ after one half-life. */
    double decay(long ageDays) {
        return Math.pow(0.5, ageDays / (double) halfLifeDays);
    }

    double weightOf(EvidenceSource source) {
        return switch (source) {
            case MANAGER_RATING -> managerWeight;
            case KPI -> kpiWeight;
            case SELF_RATING -> selfWeight;
        };
    }
}
