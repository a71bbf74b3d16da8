package dev.pacesetter.contests;

/** How a metric turns a participant's counted activities into one raw score. */
public enum Aggregation {
    /** The sum of deal amounts, in minor units of the metric's currency. */
    SUM_AMOUNT(true, true),
    /** The number of counted activities. */
    COUNT(false, true),
    /** The sum of the points the ledger credited for each counted activity. */
    SUM_POINTS(false, true),
    /** The largest single deal amount ("biggest deal"), in minor units of the metric's currency. */
    BEST_SINGLE(true, false);

    private final boolean amountBased;
    private final boolean additive;

    Aggregation(boolean amountBased, boolean additive) {
        this.amountBased = amountBased;
        this.additive = additive;
    }

    /** Whether the score is an amount of money, so the metric needs a currency. */
    public boolean amountBased() {
        return amountBased;
    }

    /**
     * Whether a score can be kept by adding each activity's contribution (and subtracting a reversal's).
     * {@link #BEST_SINGLE} cannot: reversing the best deal needs a recount from the ledger.
     */
    public boolean additive() {
        return additive;
    }
}
