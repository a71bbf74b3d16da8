package dev.pacesetter.coaching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuotaProrationTest {

    /* quota × window / period, worked by hand. */
    @ParameterizedTest(name = "{0} over {1} days -> {3} over {2} days")
    @CsvSource({
            "90000,  90, 90,  90000",   // a 90-day quarter read over 90 days: itself
            "91000,  91, 90,  90000",   // Q3: 1,000 a day
            "100000, 30, 90, 300000",   // a month's quota, three months' worth
            "31000,  31, 90,  90000",   // a 31-day month: 1,000 a day
            "120000, 92, 46,  60000"})  // half a 92-day quarter
    void prorateByDays(String quota, int periodDays, int windowDays, String expected) {
        assertEquals(0, new BigDecimal(expected)
                .compareTo(QuotaProration.toWindow(new BigDecimal(quota), periodDays, windowDays)));
    }

    @ParameterizedTest
    @CsvSource({"0, 30, 90, periodQuota", "1000, 0, 90, periodDays", "1000, 30, 0, windowDays"})
    void rejectsNonsense(String quota, int periodDays, int windowDays, String field) {
        var e = assertThrows(CoachingRuleException.class,
                () -> QuotaProration.toWindow(new BigDecimal(quota), periodDays, windowDays));
        assertEquals(field, e.field());
    }
}
