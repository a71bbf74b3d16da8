package dev.pacesetter.comp;

/**
 * Names one version of a compensation plan. A plan is never edited in place: a change is a new
 * version, so a statement can always be recomputed with the rules it was paid under.
 *
 * @param planId  stable plan id
 * @param version 1, 2, …
 */
public record PlanRef(String planId, int version) {

    /** Rejects a malformed id or a version below 1. */
    public PlanRef {
        Checks.id(planId, "planId");
        Checks.require(version >= 1, "version", "must be 1 or more, was " + version);
    }

    /** {@code ae-2025/v3}. */
    @Override
    public String toString() {
        return planId + "/v" + version;
    }
}
