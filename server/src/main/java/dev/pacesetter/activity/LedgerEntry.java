package dev.pacesetter.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A ledger entry as the rest of the application reads it. The deltas say what the entry changes:
 * a new activity counts +1 with its amount, a reversal −1 with minus the amount it undoes, an
 * amendment 0 with the difference. Summing deltas over any set of entries gives the truth.
 *
 * @param creditedAt the instant whose periods the entry counts in; a correction uses its original's
 * @param newLogo    whether the deal is a first purchase by a new customer (a correction carries its original's)
 * @param splits     the users sharing the deal's credit, empty when the owner has it all (a correction
 *                   carries its original's)
 */
public record LedgerEntry(long id, long orgId, long position, String source, String externalId, String type,
                          long userId, Instant occurredAt, Instant receivedAt, Instant creditedAt,
                          BigDecimal amount, String currency, String product, String dealId, Long correctsId,
                          String correction, int countDelta, BigDecimal amountDelta, int pointsDelta,
                          boolean newLogo, List<SplitShare> splits) {

    /** Null splits mean none. */
    public LedgerEntry {
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    /** An entry without deal attributes: not a new logo, not split. */
    public LedgerEntry(long id, long orgId, long position, String source, String externalId, String type,
                       long userId, Instant occurredAt, Instant receivedAt, Instant creditedAt,
                       BigDecimal amount, String currency, String product, String dealId, Long correctsId,
                       String correction, int countDelta, BigDecimal amountDelta, int pointsDelta) {
        this(id, orgId, position, source, externalId, type, userId, occurredAt, receivedAt, creditedAt, amount,
                currency, product, dealId, correctsId, correction, countDelta, amountDelta, pointsDelta, false, List.of());
    }

    /** Whether the deal's credit is shared between several users. */
    public boolean isSplit() {
        return !splits.isEmpty();
    }
}
