package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a ledger item credits: its owner, unless splits say otherwise. Split percentages sum to
 * exactly 100 and name each rep once.
 *
 * @param ownerRepId the item's owner
 * @param splits     empty for "all to the owner", else the shares
 */
public record Attribution(String ownerRepId, List<Split> splits) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rejects shares that do not sum to exactly 100 % and a rep named twice. */
    public Attribution {
        Checks.id(ownerRepId, "ownerRepId");
        splits = Checks.list(splits, "splits");
        if (!splits.isEmpty()) {
            Set<String> reps = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < splits.size(); i++) {
                Checks.require(reps.add(splits.get(i).repId()), "splits[" + i + "].repId",
                        "rep '" + splits.get(i).repId() + "' is named twice");
                sum = sum.add(splits.get(i).percent());
            }
            Checks.require(sum.compareTo(HUNDRED) == 0, "splits", "percentages must sum to exactly 100, was "
                    + sum.toPlainString());
        }
    }

    /** Everything to the owner. */
    public static Attribution owner(String repId) {
        return new Attribution(repId, List.of());
    }

    /** Shared between reps; the owner is recorded but credited only through a split. */
    public static Attribution split(String ownerRepId, Split... splits) {
        return new Attribution(ownerRepId, List.of(splits));
    }

    /** The shares that apply: the splits, or 100 % to the owner. */
    List<Split> shares() {
        return splits.isEmpty() ? List.of(new Split(ownerRepId, HUNDRED)) : splits;
    }
}
