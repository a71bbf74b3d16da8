package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for explanation strings; locale-independent so tests and the chat-bot agree. */
final class Explain {

    private Explain() {
    }

    /** A percentage the plan states (rate, bound, gate), exactly: {@code 8%}, {@code 0.125%}. */
    static String percent(BigDecimal percent) {
        return number(percent) + "%";
    }

    /**
     * Derived attainment to two decimals at most, truncated so it never shows a threshold as reached
     * when it was not: {@code 42.5%}, and {@code 99.99%} (not 100 %) for 99.99999 %.
     */
    static String attainment(BigDecimal percent) {
        return percent(percent.setScale(Math.min(percent.scale(), 2), RoundingMode.DOWN));
    }

    /** {@code 2.5}, {@code 3}: plain, no exponent, no trailing zeros. */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** {@code +USD 1,600.00} or {@code USD -800.00}. */
    static String signed(Money money) {
        return (money.signum() > 0 ? "+" : "") + money.format();
    }
}
