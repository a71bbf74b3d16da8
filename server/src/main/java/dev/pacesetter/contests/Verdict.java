package dev.pacesetter.contests;

/** Whether an activity counts toward a contest, and what it adds; see {@link ActivityRules}. */
public sealed interface Verdict {

    /**
     * The activity counts.
     *
     * @param units    its contribution in the metric's raw units (1 for a count, points, or minor units)
     * @param reversal whether it takes back an earlier activity's contribution
     */
    record Counts(long units, boolean reversal) implements Verdict {
        /**
         * The change to an additive score: {@code units}, or minus {@code units} for a reversal. For a
         * non-additive aggregation ({@link Aggregation#additive()}) a reversal needs a recount instead.
         */
        public long delta() {
            return reversal ? -units : units;
        }
    }

    /**
     * The activity does not count.
     *
     * @param reason why, for the person asking "why didn't my deal count?"
     */
    record Excluded(Reason reason) implements Verdict {
    }

    /** Why an activity does not count, in the order the rules check. */
    enum Reason {
        /** Its kind is not one the metric counts. */
        NOT_IN_METRIC,
        /** It occurred before the contest started. */
        BEFORE_START,
        /** It occurred at or after the contest ended. */
        AFTER_END,
        /** The ledger recorded it after the grace period. */
        ARRIVED_AFTER_GRACE,
        /** The metric or a filter needs an amount and it has none. */
        NO_AMOUNT,
        /** Its amount is in another currency than the metric or filter. */
        OTHER_CURRENCY,
        /** It is not the product the metric is limited to. */
        OTHER_PRODUCT,
        /** Its amount is below the metric's minimum deal amount. */
        BELOW_MINIMUM
    }
}
