package dev.pacesetter.comp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompPeriodTest {

    @ParameterizedTest(name = "{1} in a {0} is {2}")
    @CsvSource({
        "MONTH,   2025-02-28, 2025-02, 2025-02-01, 2025-03-01",
        "QUARTER, 2025-02-28, 2025-Q1, 2025-01-01, 2025-04-01",
        "QUARTER, 2025-12-31, 2025-Q4, 2025-10-01, 2026-01-01",
        "QUARTER, 2025-07-01, 2025-Q3, 2025-07-01, 2025-10-01",
    })
    void findsThePeriodContainingADay(PeriodKind kind, LocalDate day, String label, LocalDate start, LocalDate end) {
        CompPeriod period = CompPeriod.containing(kind, day);
        assertEquals(label, period.label());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertTrue(period.contains(day));
        assertFalse(period.contains(end));
    }

    @Test
    void rejectsAStartThatIsNotTheFirstDayOfThePeriod() {
        assertEquals("start: must be the first day of a month, was 2025-03-02",
                assertThrows(CompRuleException.class,
                        () -> new CompPeriod(PeriodKind.MONTH, LocalDate.of(2025, 3, 2))).getMessage());
        assertEquals("start: must be the first day of a quarter, was 2025-02-01",
                assertThrows(CompRuleException.class,
                        () -> new CompPeriod(PeriodKind.QUARTER, LocalDate.of(2025, 2, 1))).getMessage());
    }

    @Test
    void aPlanVersionAppliesOnlyToPeriodsItCoversWhole() {
        EffectiveDates firstHalf = EffectiveDates.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        assertTrue(firstHalf.covers(CompPeriod.quarter(2025, 2)));
        assertFalse(firstHalf.covers(CompPeriod.quarter(2025, 3)));
        assertFalse(EffectiveDates.from(LocalDate.of(2025, 3, 15)).covers(CompPeriod.month(2025, 3)));
        assertThrows(CompRuleException.class,
                () -> new EffectiveDates(LocalDate.of(2025, 2, 1), Optional.of(LocalDate.of(2025, 1, 31))));
    }
}
