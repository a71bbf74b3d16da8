package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * The most one component pays in one period. The limit is compared with the component's lines
 * after they are rounded, so the statement never shows more than the cap.
 */
public sealed interface Cap {

    /** The limit for a rep, in the plan's currency, already at the minor unit. */
    Money limit(Quota quota);

    /** How the limit was set, for explanations. */
    String describe(Quota quota);

    /**
     * A fixed amount per period.
     *
     * @param limit at most this, in whole minor units
     */
    record Amount(Money limit) implements Cap {

        /** Rejects a negative limit or one with fractions of a cent. */
        public Amount {
            Checks.present(limit, "limit");
            Checks.require(limit.signum() >= 0, "limit", "must not be negative, was " + limit);
            Checks.require(limit.isWholeMinorUnits(), "limit", "must be in whole minor units, was " + limit);
        }

        @Override
        public Money limit(Quota quota) {
            return limit;
        }

        @Override
        public String describe(Quota quota) {
            return "cap " + limit.format();
        }
    }

    /**
     * A multiple of the rep's target incentive; the product is rounded half-even to the minor unit.
     *
     * @param multiple e.g. {@code 2} for "at most twice the target incentive"
     */
    record TargetMultiple(BigDecimal multiple) implements Cap {

        /** Rejects a non-positive multiple. */
        public TargetMultiple {
            Checks.positive(multiple, "multiple");
        }

        @Override
        public Money limit(Quota quota) {
            return quota.targetIncentive().times(multiple).rounded();
        }

        @Override
        public String describe(Quota quota) {
            return "cap " + limit(quota).format() + " (" + Explain.number(multiple)
                    + " x target incentive " + quota.targetIncentive().format() + ")";
        }
    }
}
