package dev.pacesetter.spiffs;


import java.math.BigDecimal;
import java.time.Instant;

/**
 * One original ledger activity with its corrections folded in: what it is now.
 *
 * @param sourceId   the original entry's ledger id; awards are keyed by it
 * @param position   the original entry's ledger position: the tie-break after {@code occurredAt}
 * @param userId     whose activity it is
 * @param type       activity type code
 * @param product    product code, empty when none
 * @param occurredAt when it happened: its qualifying time
 * @param amount     net amount after amendments (zero for activities without one)
 * @param reversed   whether a reversal undid it
 * @param newLogo    whether the deal is a new customer's first purchase
 */
public record SpiffActivity(long sourceId, long position, long userId, String type, String product,
                            Instant occurredAt, BigDecimal amount, boolean reversed, boolean newLogo) {

    /** An activity that is not a new-logo deal. */
    public SpiffActivity(long sourceId, long position, long userId, String type, String product,
                         Instant occurredAt, BigDecimal amount, boolean reversed) {
        this(sourceId, position, userId, type, product, occurredAt, amount, reversed, false);
    }

    public SpiffActivity {
        SpiffRuleException.present(type, "type");
        SpiffRuleException.present(occurredAt, "occurredAt");
        product = product == null ? "" : product;
        amount = amount == null ? BigDecimal.ZERO : amount;
    }
}
