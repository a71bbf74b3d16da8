package dev.pacesetter.activity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger entry as the rest of the application reads it. The deltas say what the entry changes:
 * a new activity counts +1 with its amount, a reversal −1 with minus the amount it undoes, an
 * amendment 0 with the difference. Summing deltas over any set of entries gives the truth.
 *
 * @param creditedAt the instant whose periods the entry counts in; a correction uses its original's
 */
public record LedgerEntry(long id, long orgId, long position, String source, String externalId, String type,
                          long userId, Instant occurredAt, Instant receivedAt, Instant creditedAt,
                          BigDecimal amount, String currency, String product, String dealId, Long correctsId,
                          String correction, int countDelta, BigDecimal amountDelta, int pointsDelta) {
}
