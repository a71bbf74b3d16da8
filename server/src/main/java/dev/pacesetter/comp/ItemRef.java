package dev.pacesetter.comp;

import java.time.Instant;
import java.util.Optional;

/**
 * Where an item comes from in the activity ledger.
 *
 * @param ledgerId   the ledger item's id
 * @param occurredAt when the activity happened (or the correction arrived)
 * @param correction present when this item corrects an earlier one
 */
public record ItemRef(long ledgerId, Instant occurredAt, Optional<Correction> correction) {

    /** Ledger id the estimator gives a deal that has not happened; the ledger never issues it. */
    public static final long HYPOTHETICAL_LEDGER_ID = Long.MAX_VALUE;

    /** Rejects a non-positive id and a correction of itself. */
    public ItemRef {
        Checks.require(ledgerId > 0, "ledgerId", "must be positive, was " + ledgerId);
        Checks.present(occurredAt, "occurredAt");
        Checks.present(correction, "correction");
        correction.ifPresent(c -> Checks.require(c.originalLedgerId() != ledgerId, "correction",
                "ledger item " + ledgerId + " cannot correct itself"));
    }

    /** An original ledger item. */
    public static ItemRef of(long ledgerId, Instant occurredAt) {
        return new ItemRef(ledgerId, occurredAt, Optional.empty());
    }

    /** A ledger item that cancels {@code originalLedgerId}. */
    public static ItemRef reversalOf(long originalLedgerId, long ledgerId, Instant occurredAt) {
        return new ItemRef(ledgerId, occurredAt, Optional.of(new Correction(originalLedgerId, true)));
    }

    /** A ledger item that changes the amount of {@code originalLedgerId}. */
    public static ItemRef amendmentOf(long originalLedgerId, long ledgerId, Instant occurredAt) {
        return new ItemRef(ledgerId, occurredAt, Optional.of(new Correction(originalLedgerId, false)));
    }

    /** A deal the rep is asking about. */
    public static ItemRef hypothetical(Instant occurredAt) {
        return of(HYPOTHETICAL_LEDGER_ID, occurredAt);
    }

    /** Whether this item corrects another. */
    public boolean isCorrection() {
        return correction.isPresent();
    }

    /** The id of the original this item belongs to: its own id, or the id it corrects. */
    public long originalLedgerId() {
        return correction.map(Correction::originalLedgerId).orElse(ledgerId);
    }
}
