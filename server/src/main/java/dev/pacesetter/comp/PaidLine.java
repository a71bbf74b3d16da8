package dev.pacesetter.comp;

/**
 * A statement line that has been paid, as the service stored it, keyed to the period and line it
 * pays for. An adjustment paid in a later statement is stored against the period and key it adjusts,
 * so the lines paid for a key always add up to what that key has been paid in total.
 *
 * @param lineId     the id the service gave the line when it stored the statement
 * @param period     the period the money is for
 * @param key        the line key within that period
 * @param amount     the amount paid
 * @param adjustment whether it was an adjustment line (else the original line)
 */
public record PaidLine(String lineId, CompPeriod period, LineKey key, Money amount, boolean adjustment) {

    /** Rejects a blank line id and fractions of a minor unit. */
    public PaidLine {
        Checks.present(lineId, "lineId");
        Checks.require(!lineId.isBlank(), "lineId", "must not be blank");
        Checks.present(period, "period");
        Checks.present(key, "key");
        Checks.present(amount, "amount");
        Checks.require(amount.isWholeMinorUnits(), "amount", "must be in whole minor units, was " + amount);
    }

    /**
     * The paid form of a line of the statement for {@code statementPeriod}: an original line is paid
     * for its own period and key, an adjustment for the period and key it adjusts.
     */
    public static PaidLine of(String lineId, CompPeriod statementPeriod, StatementLine line) {
        if (line.rule() instanceof Rule.Adjustment adjustment) {
            return new PaidLine(lineId, adjustment.period(), adjustment.adjusts(), line.amount(), true);
        }
        return new PaidLine(lineId, statementPeriod, line.key(), line.amount(), false);
    }
}
