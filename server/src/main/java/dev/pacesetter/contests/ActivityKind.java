package dev.pacesetter.contests;

/**
 * The kinds of sales activity a contest metric can count. The codes are the ledger's codes, as listed
 * in the content module's {@code activity-types.json}; a test keeps the two in step.
 */
public enum ActivityKind {
    /** A closed-won deal; carries an amount and a product. */
    DEAL_WON(true),
    OPPORTUNITY_CREATED(false),
    CALL_LOGGED(false),
    MEETING_BOOKED(false),
    DEMO_HELD(false),
    LEAD_QUALIFIED(false),
    /** A coaching activity the manager verified; written by the coaching feature, so coaching can count in contests. */
    COACHING_ITEM_COMPLETED(false),
    /** A coaching plan completed; written by the coaching feature. */
    COACHING_PLAN_COMPLETED(false),
    /** A closed-lost deal; carries no amount. */
    DEAL_LOST(false),
    LEAD_ASSIGNED(false),
    CLOSE_DATE_PUSHED(false),
    /** A subscription renewed; like a won deal it carries an amount and a product. */
    RENEWAL_WON(true),
    RENEWAL_LOST(false);

    private final boolean monetary;

    ActivityKind(boolean monetary) {
        this.monetary = monetary;
    }

    /** Whether activities of this kind carry an amount (and a product) that filters and sums can use. */
    public boolean monetary() {
        return monetary;
    }
}
