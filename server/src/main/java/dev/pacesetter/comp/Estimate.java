package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The answer to "what do I earn if I close this deal?": the period's earnings and attainment
 * without and with the deal, their differences, and an explanation. Both sides come from the same
 * engine run that produces statements.
 *
 * @param before                  the period as it stands
 * @param after                   the period with the deal
 * @param deltaEarnings           after minus before, this period's lines only (no adjustments)
 * @param deltaAttainmentPercent  after minus before, in percent points
 * @param explanation             what changes and why, line by line
 */
public record Estimate(Snapshot before, Snapshot after, Money deltaEarnings, BigDecimal deltaAttainmentPercent,
                       String explanation) {

    /** Rejects missing values. */
    public Estimate {
        Checks.present(before, "before");
        Checks.present(after, "after");
        Checks.present(deltaEarnings, "deltaEarnings");
        Checks.present(deltaAttainmentPercent, "deltaAttainmentPercent");
        Checks.present(explanation, "explanation");
    }

    /**
     * One side of an estimate.
     *
     * @param earnings          the period's earned total
     * @param attainmentPercent attainment in % (display precision)
     * @param tier              the tier reached in the plan's first rate table, if it has one
     */
    public record Snapshot(Money earnings, BigDecimal attainmentPercent, Optional<TierReached> tier) {

        /** Rejects missing values. */
        public Snapshot {
            Checks.present(earnings, "earnings");
            Checks.present(attainmentPercent, "attainmentPercent");
            Checks.present(tier, "tier");
        }
    }

    /**
     * A tier reached in a rate table.
     *
     * @param componentId the rate table
     * @param number      tier number from 1
     * @param tier        bounds and rate
     */
    public record TierReached(String componentId, int number, Tier tier) {

        /** Rejects a tier number below 1. */
        public TierReached {
            Checks.id(componentId, "componentId");
            Checks.require(number >= 1, "number", "must be 1 or more, was " + number);
            Checks.present(tier, "tier");
        }

        /** {@code tier 2 (50%-100% of quota @ 8%)}. */
        public String label() {
            return tier.label(number);
        }
    }
}
