package dev.pacesetter.spiffs;

/** Where an award is on its way to payroll. */
public enum AwardStatus {
    /** Earned from the ledger; waits for the rep's manager. */
    ACCRUED,
    /** The manager approved; waits for finance (an admin). */
    APPROVED,
    /** Finance approved; goes out with the next payroll. */
    APPROVED_FINAL,
    /** Paid. */
    PAID,
    /** A manager or admin refused it; final. */
    REJECTED,
    /** The activity behind it stopped qualifying (reversed, reduced, displaced); nothing is owed. */
    CLAWED_BACK
}
