package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One ledger entry of a rep, reduced to what KPI signals need. The ledger never updates in place, so
 * a correction is its own fact: a new activity counts {@code +1} with its amount, a reversal {@code -1}
 * with minus the amount it undoes, an amendment {@code 0} with the difference. Summing deltas over a set
 * of facts gives the truth for that set.
 *
 * <p>The service builds these from {@code activity.LedgerEntry} with two rules, so that a correction
 * lands where its original did:
 * <ul>
 *   <li>{@code occurredAt} is the entry's {@code creditedAt} — for a correction, its original's
 *       occurrence — so a reversal falls into the same window as what it reverses;</li>
 *   <li>a correction carries its original's {@code product} and {@code dealId} (looked up through
 *       {@code correctsId}), so per-deal and per-product signals net out.</li>
 * </ul>
 *
 * @param type        ledger activity type, e.g. {@code DEAL_WON}
 * @param occurredAt  the instant the fact counts at (see above)
 * @param amount      the amount carried by the entry, if any (absent on reversals); informational
 * @param product     product on the deal, or null
 * @param dealId      CRM deal id, or null
 * @param countDelta  {@code +1} new, {@code -1} reversal, {@code 0} amendment
 * @param amountDelta the change to the amount; zero for non-monetary types
 */
public record LedgerFact(String type, Instant occurredAt, BigDecimal amount, String product, String dealId,
                         int countDelta, BigDecimal amountDelta) {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public LedgerFact {
        Checks.require(type != null && TYPE.matcher(type).matches(), "type",
                "must be an UPPER_SNAKE_CASE activity type, was " + type);
        Checks.present(occurredAt, "occurredAt");
        Checks.range(countDelta, -1, 1, "countDelta");
        Checks.present(amountDelta, "amountDelta");
        Checks.require(amount == null || amount.signum() >= 0, "amount", "must not be negative, was " + amount);
    }

    /** A new, non-monetary activity: counts one, moves no amount. */
    public static LedgerFact counted(String type, Instant occurredAt, String dealId) {
        return new LedgerFact(type, occurredAt, null, null, dealId, 1, BigDecimal.ZERO);
    }

    /** A new monetary activity carrying its amount. */
    public static LedgerFact monetary(String type, Instant occurredAt, BigDecimal amount, String product,
                                      String dealId) {
        return new LedgerFact(type, occurredAt, amount, product, dealId, 1, amount);
    }
}
