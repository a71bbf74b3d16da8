package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of a rate table: revenue from {@code fromPercent} up to (not including) {@code toPercent}
 * of quota is paid at {@code ratePercent}. Accelerators and decelerators are simply tiers with a
 * higher or lower rate. All three numbers are percent points: {@code 8} means 8 %.
 *
 * @param fromPercent lower bound in % of quota, inclusive
 * @param toPercent   upper bound in % of quota, exclusive; empty for the open-ended last tier
 * @param ratePercent the commission rate in %
 */
public record Tier(BigDecimal fromPercent, Optional<BigDecimal> toPercent, BigDecimal ratePercent) {

    /** Rejects negative numbers and an upper bound not above the lower one. */
    public Tier {
        Checks.nonNegative(fromPercent, "fromPercent");
        Checks.present(toPercent, "toPercent");
        Checks.nonNegative(ratePercent, "ratePercent");
        toPercent.ifPresent(to -> Checks.require(to.compareTo(fromPercent) > 0, "toPercent",
                "must be above fromPercent " + fromPercent.toPlainString() + ", was " + to.toPlainString()));
    }

    /** {@code Tier.of("50", "100", "8")}: 50 % to 100 % of quota at 8 %. */
    public static Tier of(String fromPercent, String toPercent, String ratePercent) {
        return new Tier(new BigDecimal(fromPercent), Optional.of(new BigDecimal(toPercent)), new BigDecimal(ratePercent));
    }

    /** {@code Tier.from("100", "12")}: 100 % of quota and above at 12 %. */
    public static Tier from(String fromPercent, String ratePercent) {
        return new Tier(new BigDecimal(fromPercent), Optional.empty(), new BigDecimal(ratePercent));
    }

    /** {@code tier 2 (50%-100% of quota @ 8%)}, numbered from 1. */
    public String label(int number) {
        String bounds = Explain.percent(fromPercent)
                + toPercent.map(to -> "-" + Explain.percent(to)).orElse("+");
        return "tier " + number + " (" + bounds + " of quota @ " + Explain.percent(ratePercent) + ")";
    }
}
