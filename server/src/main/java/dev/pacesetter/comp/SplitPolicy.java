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

    private SplitPolicy() {
    }

    static List<Share> allocate(Money amount, Attribution attribution) {
        Checks.require(amount.isWholeMinorUnits(), "amount", "must be in whole minor units to split, was " + amount);
        List<Split> splits = attribution.shares();
        BigInteger units = amount.amount().abs().movePointRight(amount.minorDigits()).toBigIntegerExact();
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
            BigDecimal value = new BigDecimal(minor, amount.minorDigits());
            Money credit = new Money(amount.signum() < 0 ? value.negate() : value, amount.currency());
            shares.add(new Share(part.split().repId(), part.split().percent(), credit));
        }
        return shares;
    }

    private record Part(Split split, BigInteger floor, BigDecimal fraction) {
    }
}
