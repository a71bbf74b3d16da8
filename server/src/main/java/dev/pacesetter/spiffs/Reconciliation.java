package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

/**
 * What a stored award becomes when the program is recomputed from the ledger. Recomputing is
 * idempotent: the same computed award leaves a stored one unchanged, so replays cannot double-award.
 * <ul>
 *   <li>New: an award with no stored row is ACCRUED.</li>
 *   <li>While ACCRUED, the amount follows the ledger (an amendment changes it).</li>
 *   <li>Once approved (or paid) the amount is frozen; a lower computed amount records the difference
 *       as a clawback; a higher one is not paid automatically (a new program or a manual award is).</li>
 *   <li>No longer computed (reversed, amended below the minimum, displaced from the budget): CLAWED_BACK
 *       with the whole amount clawed back.</li>
 *   <li>REJECTED stays rejected. A CLAWED_BACK award that qualifies again is ACCRUED afresh, unless it had
 *       been paid (then its clawback stands and a person decides).</li>
 * </ul>
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /**
     * An award as stored.
     *
     * @param status   its status
     * @param amount   what it awards
     * @param clawback how much of that is taken back (0 to amount)
     * @param paid     whether it was ever paid
     */
    public record Stored(AwardStatus status, Money amount, Money clawback, boolean paid) {
    }

    /** What to store next; {@code changed} is false when nothing differs. */
    public record Next(AwardStatus status, Money amount, Money clawback, boolean changed) {
    }

    /**
     * @param stored   the stored award, or null when there is none
     * @param computed the award the ledger now gives, or null when it gives none
     * @return the next state, or null when there is nothing stored and nothing owed
     */
    public static Next decide(Stored stored, Money computed) {
        if (stored == null) {
            return computed == null ? null : new Next(AwardStatus.ACCRUED, computed, Money.zero(computed.currency()), true);
        }
        Money zero = Money.zero(stored.amount().currency());
        return switch (stored.status()) {
            case REJECTED -> unchanged(stored);
            case ACCRUED -> computed == null ? next(stored, AwardStatus.CLAWED_BACK, stored.amount(), stored.amount())
                    : next(stored, AwardStatus.ACCRUED, computed, zero);
            case APPROVED, APPROVED_FINAL, PAID -> computed == null
                    ? next(stored, AwardStatus.CLAWED_BACK, stored.amount(), stored.amount())
                    : next(stored, stored.status(), stored.amount(), stored.amount().minus(computed).max(zero));
            case CLAWED_BACK -> computed == null || stored.paid() ? unchanged(stored)
                    : next(stored, AwardStatus.ACCRUED, computed, zero);
        };
    }

    private static Next unchanged(Stored s) {
        return new Next(s.status(), s.amount(), s.clawback(), false);
    }

    private static Next next(Stored s, AwardStatus status, Money amount, Money clawback) {
        boolean changed = status != s.status() || !amount.equals(s.amount()) || !clawback.equals(s.clawback());
        return new Next(status, amount, clawback, changed);
    }
}
