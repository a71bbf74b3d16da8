package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * Threshold tests on attainment, decided exactly: {@code revenue × 100 ≥ quota × percent}. No
 * division is involved, so 99.999999999 % never rounds up into a higher tier.
 */
final class Attainments {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Attainments() {
    }

    static boolean reaches(Money revenue, Money quota, BigDecimal percent) {
        return revenue.amount().multiply(HUNDRED).compareTo(quota.amount().multiply(percent)) >= 0;
    }
}
