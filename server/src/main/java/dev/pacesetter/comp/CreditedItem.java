package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * One ledger item as credited to one rep: the engine's input. A rep holds at most one item per
 * ledger id and basis (roll-ups from several reports on the same deal are merged).
 *
 * @param ref          ledger id, time, and correction link
 * @param kind         type, product, new-logo flag
 * @param credit       the amount credited to this rep, in whole minor units (the split share)
 * @param splitPercent this rep's share of the item, more than 0 and at most 100
 * @param basis        direct or roll-up
 */
public record CreditedItem(ItemRef ref, ActivityKind kind, Money credit, BigDecimal splitPercent, CreditBasis basis) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rejects fractions of a minor unit and a share outside (0, 100]. */
    public CreditedItem {
        Checks.present(ref, "ref");
        Checks.present(kind, "kind");
        Checks.present(credit, "credit");
        Checks.require(credit.isWholeMinorUnits(), () -> "credit", () -> "must be in whole minor units, was " + credit);
        Checks.share(splitPercent, "splitPercent");
        Checks.present(basis, "basis");
    }

    /** An item credited in full to its owner. */
    public static CreditedItem direct(ItemRef ref, ActivityKind kind, Money credit) {
        return new CreditedItem(ref, kind, credit, HUNDRED, CreditBasis.DIRECT);
    }

    /**
     * How many units this item adds to a per-unit count: its share of one unit for an original,
     * minus that for a reversal, nothing for an amount change.
     */
    BigDecimal unitWeight() {
        if (ref.correction().isEmpty()) {
            return splitPercent.movePointLeft(2);
        }
        return ref.correction().get().reversal() ? splitPercent.movePointLeft(2).negate() : BigDecimal.ZERO;
    }
}
