package dev.pacesetter.contests;

import java.math.BigInteger;
import java.util.OptionalLong;

/** Whether participants compete on their raw score or on their progress against their own target. */
public enum Scoring {
    /** The raw score, in the metric's unit (see {@link ScoreScale}). */
    RAW,
    /**
     * The raw score as a share of the participant's own target, in millionths of that target
     * ({@link #FULL_TARGET} is 100 %), rounded down so that reaching 100 % means reaching the target.
     */
    PERCENT_OF_TARGET;

    /** The score, in {@code PERCENT_OF_TARGET} units, of a participant exactly at their target. */
    public static final long FULL_TARGET = 1_000_000L;

    /**
     * The competing score for a raw score.
     *
     * @param raw    the raw score, in the metric's unit
     * @param target the participant's target in the metric's unit; required (and positive) for
     *               {@link #PERCENT_OF_TARGET}, ignored for {@link #RAW}
     */
    public long score(long raw, OptionalLong target) {
        if (this == RAW) {
            return raw;
        }
        Checks.require(target.isPresent() && target.getAsLong() > 0, "target",
                "PERCENT_OF_TARGET needs each participant's own positive target");
        return BigInteger.valueOf(raw).multiply(BigInteger.valueOf(FULL_TARGET))
                .divide(BigInteger.valueOf(target.getAsLong())).longValueExact();
    }
}
