package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Divides an amount between split shares so that the credits sum to the amount exactly, to the
 * minor unit. Each share first gets its exact share rounded towards zero; the minor units left
 * over go one each to the shares with the largest dropped fraction, ties to the lower rep id.
 * The rule works on the absolute amount, so a reversal splits exactly like the deal it cancels.
 */
final class SplitPolicy {

    /** One rep's credit from a split. */
    record Share(String repId, BigDecimal percent, Money credit) {
    }

    /** The owner's percent when there are no splits: what {@link Attribution#shares} gives them. */
    private static final BigDecimal OWNER_PERCENT = BigDecimal.valueOf(100);

    private SplitPolicy() {
    }

    static List<Share> allocate(Money amount, Attribution attribution) {
        Checks.require(amount.isWholeMinorUnits(), () -> "amount", () -> "must be in whole minor units to split, was " + amount);
        BigInteger units = amount.amount().abs().movePointRight(amount.minorDigits()).toBigIntegerExact();
        if (attribution.splits().isEmpty()) {
            // Nearly every item: one share of 100 %, whose exact part is all the units and whose
            // left-over is none, so the rule below would give the owner the whole amount. Said
            // directly, it spares the sorting and the big-number arithmetic per item.
            return List.of(share(attribution.ownerRepId(), OWNER_PERCENT, units, amount));
        }
        List<Split> splits = attribution.shares();
        List<Part> parts = new ArrayList<>(splits.size());
        BigInteger allocated = BigInteger.ZERO;
        for (Split split : splits) {
            BigDecimal exact = new BigDecimal(units).multiply(split.percent()).movePointLeft(2);
            BigDecimal floor = exact.setScale(0, RoundingMode.DOWN);
            parts.add(new Part(split, floor.toBigIntegerExact(), exact.subtract(floor)));
            allocated = allocated.add(floor.toBigIntegerExact());
        }
        int leftOver = units.subtract(allocated).intValueExact();
        List<Part> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing(Part::fraction).reversed()
                .thenComparing(part -> part.split().repId()));
        List<Split> extra = byRemainder.subList(0, leftOver).stream().map(Part::split).toList();
        List<Share> shares = new ArrayList<>(parts.size());
        for (Part part : parts) {
            BigInteger minor = extra.contains(part.split()) ? part.floor().add(BigInteger.ONE) : part.floor();
            shares.add(share(part.split().repId(), part.split().percent(), minor, amount));
        }
        return shares;
    }

    /** A share of {@code minor} minor units, with the sign of the amount split. */
    private static Share share(String repId, BigDecimal percent, BigInteger minor, Money amount) {
        BigDecimal value = new BigDecimal(minor, amount.minorDigits());
        return new Share(repId, percent, new Money(amount.signum() < 0 ? value.negate() : value, amount.currency()));
    }

    private record Part(Split split, BigInteger floor, BigDecimal fraction) {
    }
}
