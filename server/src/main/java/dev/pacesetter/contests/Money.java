package dev.pacesetter.contests;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount of one currency, with no more decimals than the currency's minor unit allows, so it
 * converts to whole minor units (cents) without rounding.
 *
 * @param amount   the amount, for example {@code 1500.00}
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Validates the amount against the currency's minor unit. */
    public Money {
        Checks.present(amount, "amount");
        Checks.present(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        Checks.require(digits >= 0, "currency", currency + " has no minor unit");
        Checks.require(amount.stripTrailingZeros().scale() <= digits, "amount",
                amount.toPlainString() + " has more decimals than " + currency + " allows (" + digits + ")");
    }

    /** Parses an amount and an ISO currency code, e.g. {@code Money.of("250.00", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        Checks.present(amount, "amount");
        Checks.present(currencyCode, "currency");
        Currency currency = Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getCurrencyCode().equals(currencyCode)).findFirst()
                .orElseThrow(() -> new ContestRuleException("currency", "'" + currencyCode + "' is not an ISO 4217 code"));
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (NumberFormatException e) {
            throw new ContestRuleException("amount", "'" + amount + "' is not a number");
        }
    }

    /** The amount in whole minor units of its currency (cents for USD). */
    public long minorUnits() {
        return amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    }

    /** Whether the amount is above zero. */
    public boolean positive() {
        return amount.signum() > 0;
    }
}
