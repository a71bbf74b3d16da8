package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The unit of a contest's scores. Every score is a whole number ({@code long}) of units, so ranking,
 * sums and the Redis encoding stay exact; a unit is {@code 10^-decimals} of the natural unit:
 * <ul>
 *   <li>RAW count or points: 1 activity / 1 point ({@code decimals = 0});</li>
 *   <li>RAW amounts: one minor unit of the metric currency (cents: {@code decimals = 2});</li>
 *   <li>PERCENT_OF_TARGET: one ten-thousandth of a percent, so 100 % is {@link Scoring#FULL_TARGET}
 *       ({@code decimals = 4});</li>
 *   <li>a team battle on {@link TeamAggregation#AVERAGE} adds three decimals.</li>
 * </ul>
 * Goals convert rounding up, so "score &ge; goal units" holds exactly when the natural score reaches
 * the goal.
 */
public final class ScoreScale {

    /** The largest score magnitude: 2^53, so every score is exact as a double (and so in Redis). */
    public static final long MAX_SCORE = 1L << 53;

    private final int decimals;

    private ScoreScale(int decimals) {
        this.decimals = decimals;
    }

    /** The scale of a contest's competing scores. */
    public static ScoreScale of(ContestDefinition definition) {
        return of(definition.metric(), definition.format());
    }

    static ScoreScale of(Metric metric, Format format) {
        int base = format.scoring() == Scoring.PERCENT_OF_TARGET ? 4 : raw(metric).decimals;
        boolean average = format.kind() instanceof ContestKind.TeamBattle battle
                && battle.aggregation() == TeamAggregation.AVERAGE;
        return new ScoreScale(base + (average ? 3 : 0));
    }

    /**
     * The scale of one participant's competing score: {@link #of} without a team battle's extra
     * decimals for an average, which belong to team scores only.
     */
    public static ScoreScale ofParticipants(ContestDefinition definition) {
        return definition.format().scoring() == Scoring.PERCENT_OF_TARGET ? new ScoreScale(4) : raw(definition.metric());
    }

    /** The scale of a metric's raw scores, which is also the scale of participants' targets. */
    public static ScoreScale raw(Metric metric) {
        return new ScoreScale(metric.currency().map(c -> c.getDefaultFractionDigits()).orElse(0));
    }

    /** How many decimal places of the natural unit one score unit is. */
    public int decimals() {
        return decimals;
    }

    /** A natural value (goal, target) in score units, rounded up. */
    public long toUnits(BigDecimal natural) {
        BigDecimal units = natural.movePointRight(decimals).setScale(0, RoundingMode.CEILING);
        Checks.require(units.abs().compareTo(BigDecimal.valueOf(MAX_SCORE)) <= 0, "goal",
                natural.toPlainString() + " is beyond the largest score " + MAX_SCORE + " units");
        return units.longValueExact();
    }

    /** A score in natural units, for display: 123456 cents is 1234.56. */
    public BigDecimal toNatural(long units) {
        return BigDecimal.valueOf(units, decimals);
    }

    void checkGoals(Format format) {
        switch (format.kind()) {
            case ContestKind.RaceToTarget race -> toUnits(race.goal());
            case ContestKind.Threshold threshold -> toUnits(threshold.goal());
            default -> {
            }
        }
        for (Prize prize : format.prizes()) {
            if (prize.condition() instanceof Prize.Threshold tier) {
                toUnits(tier.goal());
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoreScale scale && scale.decimals == decimals;
    }

    @Override
    public int hashCode() {
        return decimals;
    }

    @Override
    public String toString() {
        return "ScoreScale[decimals=" + decimals + "]";
    }
}
