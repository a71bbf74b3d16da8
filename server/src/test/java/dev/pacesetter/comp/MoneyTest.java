package dev.pacesetter.comp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void refusesToMixCurrencies() {
        Money eur = Money.of("1", "EUR");
        CompRuleException e = assertThrows(CompRuleException.class, () -> usd("1").plus(eur));
        assertEquals("currency: cannot combine USD with EUR", e.getMessage());
        assertThrows(CompRuleException.class, () -> usd("1").minus(eur));
        assertThrows(CompRuleException.class, () -> usd("1").compareTo(eur));
        assertThrows(CompRuleException.class, () -> usd("1").percentOf(eur));
    }

    @ParameterizedTest(name = "{0} {1} rounds to {2}")
    @CsvSource({
        // half-even: a tie goes to the even neighbour, anything past the tie goes up
        "USD, 0.125,        0.12",
        "USD, 0.135,        0.14",
        "USD, 2.675,        2.68",
        "USD, -0.125,       -0.12",
        "USD, 0.1250000001, 0.13",
        "USD, 0.124999999,  0.12",
        // JPY has no minor unit, BHD has three decimals
        "JPY, 2.5,          2",
        "JPY, 3.5,          4",
        "BHD, 1.0005,       1.000",
        "BHD, 1.0015,       1.002",
    })
    void roundsHalfEvenToTheMinorUnit(String currency, String amount, String expected) {
        Money rounded = Money.of(amount, currency).rounded();
        assertEquals(new BigDecimal(expected), rounded.amount());
        assertTrue(rounded.isWholeMinorUnits());
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(usd("0.3"), usd("0.1").plus(usd("0.2")));
        // 8 % of 49,999.99 is 3,999.9992 exactly: no rounding before the line
        assertEquals(new BigDecimal("3999.9992"), usd("49999.99").percent(new BigDecimal("8")).amount().stripTrailingZeros());
        assertEquals(usd("-5"), usd("5").negated());
        assertEquals(usd("7.5"), usd("2.5").times(new BigDecimal("3")));
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertEquals(usd("1.0"), usd("1.00"));
        assertEquals(usd("1.0").hashCode(), usd("1.00").hashCode());
        assertNotEquals(usd("1"), Money.of("1", "EUR"));
    }

    @Test
    void percentOfTruncatesToTenDecimals() {
        assertEquals(new BigDecimal("33.3333333333"), usd("1").percentOf(usd("3")));
        // truncated, never rounded up: a displayed attainment never claims a threshold not reached
        assertEquals(new BigDecimal("66.6666666666"), usd("2").percentOf(usd("3")));
        assertEquals(new BigDecimal("99.9999999999"), usd("99999.9999999999999").percentOf(usd("100000")));
        assertThrows(CompRuleException.class, () -> usd("1").percentOf(usd("0")));
    }

    @ParameterizedTest(name = "{0} {1} shows as {2}")
    @CsvSource({
        "USD, 1234567.891, 'USD 1,234,567.89'",
        "USD, -800,        'USD -800.00'",
        "USD, 0.005,       'USD 0.00'",
        "USD, 999,         'USD 999.00'",
        "JPY, 1000,        'JPY 1,000'",
    })
    void formatsForPeople(String currency, String amount, String expected) {
        assertEquals(expected, Money.of(amount, currency).format());
    }

    @Test
    void rejectsBadInputNamingTheField() {
        assertEquals("amount: not a decimal number, was 'ten'",
                assertThrows(CompRuleException.class, () -> Money.of("ten", "USD")).getMessage());
        assertEquals("currency: not an ISO 4217 code, was 'XYZW'",
                assertThrows(CompRuleException.class, () -> Money.of("1", "XYZW")).getMessage());
        assertEquals("currency: XXX has no minor unit and cannot be paid",
                assertThrows(CompRuleException.class, () -> Money.of("1", "XXX")).getMessage());
        assertEquals("amount: is required",
                assertThrows(CompRuleException.class, () -> new Money(null, java.util.Currency.getInstance("USD"))).getMessage());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
