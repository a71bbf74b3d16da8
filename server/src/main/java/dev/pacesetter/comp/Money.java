package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An exact amount of one currency.
 *
 * <p>Arithmetic never rounds: {@link #plus}, {@link #minus}, {@link #times} and {@link #percent}
 * are exact, and only {@link #rounded()} brings an amount to the currency's minor unit, half-even.
 * The engine calls it once per statement line (see the package documentation). Mixing currencies
 * is refused with a {@link CompRuleException}. Two amounts are equal when they are numerically
 * equal in the same currency, whatever their scale ({@code 1.0 USD} equals {@code 1.00 USD}).
 *
 * @param amount   the exact amount, any scale, may be negative (a clawback)
 * @param currency an ISO 4217 currency with a minor unit
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Scale of the only inexact operation, a ratio ({@link #percentOf}); see the package documentation. */
    static final int RATIO_SCALE = 10;

    /** The single rounding rule for money on a statement line. */
    static final RoundingMode LINE_ROUNDING = RoundingMode.HALF_EVEN;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rejects a missing amount or currency, and currencies without a minor unit (e.g. XAU). */
    public Money {
        Checks.present(amount, "amount");
        Checks.present(currency, "currency");
        Checks.require(currency.getDefaultFractionDigits() >= 0, () -> "currency",
                () -> currency.getCurrencyCode() + " has no minor unit and cannot be paid");
    }

    /** {@code Money.of("1250.50", "USD")}. */
    public static Money of(String amount, String currencyCode) {
        Checks.present(amount, "amount");
        Checks.present(currencyCode, "currency");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new CompRuleException("amount: not a decimal number, was '" + amount + "'");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new CompRuleException("currency: not an ISO 4217 code, was '" + currencyCode + "'");
        }
        return new Money(value, currency);
    }

    /** Zero in a currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Exact sum; refuses another currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** Exact difference; refuses another currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Exact product with a plain factor (a unit count, a multiple). */
    public Money times(BigDecimal factor) {
        Checks.present(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    /** Exact {@code percent}% of this amount: {@code amount × percent / 100} (a decimal shift, no rounding). */
    public Money percent(BigDecimal percent) {
        Checks.present(percent, "percent");
        return new Money(amount.multiply(percent).movePointLeft(2), currency);
    }

    /**
     * This amount as a percentage of {@code base}, truncated to {@value #RATIO_SCALE} decimals: never
     * rounded up, so a shown attainment never claims a threshold that was not reached. For display
     * only: the engine decides tiers, gates and milestones by exact comparison.
     */
    public BigDecimal percentOf(Money base) {
        requireSameCurrency(base);
        Checks.require(base.signum() > 0, "base", "must be positive to take a percentage of it");
        return amount.multiply(HUNDRED).divide(base.amount, RATIO_SCALE, RoundingMode.DOWN);
    }

    /** The sign change of this amount. */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** This amount rounded to the currency's minor unit, half-even: the statement-line rule. */
    public Money rounded() {
        return new Money(amount.setScale(minorDigits(), LINE_ROUNDING), currency);
    }

    /** Whether the amount has no digits below the minor unit (whole cents for USD). */
    public boolean isWholeMinorUnits() {
        return amount.stripTrailingZeros().scale() <= minorDigits();
    }

    /** Digits of the minor unit: 2 for USD, 0 for JPY, 3 for BHD. */
    public int minorDigits() {
        return currency.getDefaultFractionDigits();
    }

    /** -1, 0 or 1. */
    public int signum() {
        return amount.signum();
    }

    /** Whether this is exactly zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** The smaller of two amounts of the same currency. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The larger of two amounts of the same currency. */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Numeric order; refuses another currency. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /** Display form, rounded half-even to the minor unit with grouping: {@code USD 8,900.00}. */
    public String format() {
        String plain = amount.abs().setScale(minorDigits(), LINE_ROUNDING).toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        boolean negative = amount.setScale(minorDigits(), LINE_ROUNDING).signum() < 0;
        return currency.getCurrencyCode() + " " + (negative ? "-" : "") + grouped + fraction;
    }

    /** The exact value, for logs and test failures: {@code USD 8900.0000000001}. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        Checks.present(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CompRuleException("currency: cannot combine " + currency.getCurrencyCode()
                    + " with " + other.currency.getCurrencyCode());
        }
    }
}
