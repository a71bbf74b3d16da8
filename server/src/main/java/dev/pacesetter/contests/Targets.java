package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Each participant's own target in a {@link Scoring#PERCENT_OF_TARGET} contest, in the metric's raw
 * units ({@link ScoreScale#raw}). The rule: a participant listed in the overrides has that target;
 * everyone else (anyone the audience admits, including people who join later) has the contest's
 * default target. Targets are given in the metric's natural unit (calls, points, or an amount in the
 * metric's currency) and rounded up to whole raw units, so reaching 100 % means reaching at least the
 * target as written. Scores are then ten-thousandths of a percent of it, rounded down
 * ({@link Scoring#score}): 1 of 3 calls is 33.3333 %.
 *
 * @param defaultUnits the contest's default target in raw units, above zero
 * @param overrides    participant id to their own target in raw units, each above zero
 */
public record Targets(long defaultUnits, Map<String, Long> overrides) {

    /** Validates that every target is above zero. */
    public Targets {
        Checks.require(defaultUnits > 0, "target", "must be above zero");
        overrides = Map.copyOf(Checks.present(overrides, "targets"));
        overrides.forEach((id, units) -> Checks.require(units > 0, "targets", "the target of " + id
                + " must be above zero"));
    }

    /**
     * Targets from natural values.
     *
     * @param metric    what the contest measures (decides the raw unit)
     * @param natural   the default target
     * @param overrides participant id to their own target
     * @throws ContestRuleException naming {@code target} or {@code targets} when one is not above zero
     */
    public static Targets of(Metric metric, BigDecimal natural, Map<String, BigDecimal> overrides) {
        Checks.present(natural, "target");
        ScoreScale raw = ScoreScale.raw(metric);
        Checks.require(natural.signum() > 0, "target", "must be above zero");
        Map<String, Long> units = new TreeMap<>();
        overrides.forEach((id, value) -> {
            Checks.require(value != null && value.signum() > 0, "targets", "the target of " + id + " must be above zero");
            units.put(id, raw.toUnits(value));
        });
        return new Targets(raw.toUnits(natural), units);
    }

    /** The participant's target in raw units. */
    public OptionalLong of(String participantId) {
        return OptionalLong.of(overrides.getOrDefault(participantId, defaultUnits));
    }
}
