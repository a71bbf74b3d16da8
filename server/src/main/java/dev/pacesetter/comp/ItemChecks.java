package dev.pacesetter.comp;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consistency of one period's credited items, in one pass:
 * <ul>
 *   <li>every item is in the plan currency;</li>
 *   <li>a ledger id appears at most once per credit basis;</li>
 *   <li>a correction comes with its original (same basis, same type): corrections of another
 *       period's items belong in a {@link PriorPeriod} recalculation of that period;</li>
 *   <li>an original is reversed at most once and its credit never nets below zero.</li>
 * </ul>
 */
final class ItemChecks {

    private ItemChecks() {
    }

    static void validate(List<CreditedItem> items, Currency currency) {
        Map<Key, CreditedItem> originals = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            CreditedItem item = items.get(i);
            int index = i;
            Checks.require(item.credit().currency().equals(currency), () -> "items[" + index + "].credit",
                    () -> "must be in the plan currency " + currency + ", was " + item.credit().currency());
            if (!item.ref().isCorrection()) {
                CreditedItem previous = originals.put(new Key(item.ref().ledgerId(), item.basis()), item);
                Checks.require(previous == null, () -> "items[" + index + "]", () -> "ledger item "
                        + item.ref().ledgerId() + " appears twice as " + item.basis());
            }
        }
        Map<Key, Net> corrected = new HashMap<>();
        Map<Key, CreditedItem> corrections = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CreditedItem item = items.get(i);
            if (item.ref().isCorrection()) {
                String field = "items[" + i + "]";
                Checks.require(corrections.put(new Key(item.ref().ledgerId(), item.basis()), item) == null, field,
                        "ledger item " + item.ref().ledgerId() + " appears twice as " + item.basis());
                Key originalKey = new Key(item.ref().originalLedgerId(), item.basis());
                CreditedItem original = originals.get(originalKey);
                Checks.require(original != null, field, "correction " + item.ref().ledgerId() + " amends ledger item "
                        + item.ref().originalLedgerId() + ", which is not among this period's " + item.basis()
                        + " items; recalculate the period that holds it");
                corrected.computeIfAbsent(originalKey, k -> new Net(original)).apply(item, field);
            }
        }
    }

    private record Key(long ledgerId, CreditBasis basis) {
    }

    /** An original's credit after its corrections (kept only for originals that have any). */
    private static final class Net {
        private final CreditedItem original;
        private Money credit;
        private boolean reversed;

        Net(CreditedItem original) {
            this.original = original;
            this.credit = original.credit();
        }

        void apply(CreditedItem correction, String field) {
            Checks.require(correction.kind().type().equals(original.kind().type()), field, "correction "
                    + correction.ref().ledgerId() + " has type " + correction.kind().type() + " but its original "
                    + original.ref().ledgerId() + " has type " + original.kind().type());
            boolean reversal = correction.ref().correction().orElseThrow().reversal();
            Checks.require(!(reversal && reversed), field, "ledger item " + original.ref().ledgerId()
                    + " is reversed more than once");
            reversed |= reversal;
            credit = credit.plus(correction.credit());
            Checks.require(credit.signum() >= 0, field, "corrections take ledger item " + original.ref().ledgerId()
                    + " below zero, to " + credit);
        }
    }
}
