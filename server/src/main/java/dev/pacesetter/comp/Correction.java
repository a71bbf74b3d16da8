package dev.pacesetter.comp;

/**
 * Marks a ledger item as a correction of an earlier one. The ledger never edits an item: a deal
 * reduced or reversed arrives as a new item whose amount is the signed change.
 *
 * @param originalLedgerId the item corrected (the original, never another correction)
 * @param reversal         true when the original is cancelled altogether (it stops counting as a
 *                         unit); false when only its amount changes
 */
public record Correction(long originalLedgerId, boolean reversal) {

    /** Rejects a non-positive ledger id. */
    public Correction {
        Checks.require(originalLedgerId > 0, "originalLedgerId", "must be positive, was " + originalLedgerId);
    }
}
