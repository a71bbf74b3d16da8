package dev.pacesetter.comp.service;

import dev.pacesetter.comp.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** Decimal strings on the wire: money at least to its minor unit, plain, never an exponent. */
final class Wire {

    private Wire() {
    }

    static String money(Money money) {
        return scaled(money.amount(), money.minorDigits());
    }

    static String money(BigDecimal amount, String currency) {
        return scaled(amount, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** A number as given, without trailing zeros: {@code 8}, {@code 87.5}. */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Attainment for display: truncated to two decimals so a threshold is never shown as reached early. */
    static String percent(BigDecimal value) {
        return number(value.setScale(Math.min(value.scale(), 2), java.math.RoundingMode.DOWN));
    }

    private static String scaled(BigDecimal amount, int minorDigits) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return amount.setScale(Math.max(minorDigits, Math.max(stripped.scale(), 0))).toPlainString();
    }
}
