package dev.pacesetter.contests;

/**
 * The kinds of sales activity a contest metric can count. The codes are the ledger's codes, as listed
 * in the content module's {@code activity-types.json}; a test keeps the two in step.
 */
public enum ActivityKind {
    /** A closed-won deal; the only kind that carries an amount and a product. */
    DEAL_WON(true),
    OPPORTUNITY_CREATED(false),
    CALL_LOGGED(false),
    MEETING_BOOKED(false),
    DEMO_HELD(false),
    LEAD_QUALIFIED(false);

    private final boolean monetary;

    ActivityKind(boolean monetary) {
        this.monetary = monetary;
    }

    /** Whether activities of this kind carry an amount (and a product) that filters and sums can use. */
    public boolean monetary() {
        return monetary;
    }
}
