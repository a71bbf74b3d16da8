package dev.pacesetter.leaderboards;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodTest {

    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @CsvSource({
            // Monday 2026-11-23 in New York (UTC-5 after the November DST change)
            "DAY,     2026-11-23, America/New_York, D:2026-11-23, 2026-11-23T05:00:00Z, 2026-11-24T05:00:00Z",
            "WEEK,    2026-11-23, America/New_York, W:2026-W48,   2026-11-23T05:00:00Z, 2026-11-30T05:00:00Z",
            // Sunday 2026-11-29 belongs to the week that started Monday 2026-11-23
            "WEEK,    2026-11-29, America/New_York, W:2026-W48,   2026-11-23T05:00:00Z, 2026-11-30T05:00:00Z",
            // Month with the DST change inside (2026-11-01 02:00 EDT -> EST): starts at UTC-4, ends at UTC-5
            "MONTH,   2026-11-15, America/New_York, M:2026-11,    2026-11-01T04:00:00Z, 2026-12-01T05:00:00Z",
            "QUARTER, 2026-11-15, America/New_York, Q:2026-Q4,    2026-10-01T04:00:00Z, 2027-01-01T05:00:00Z",
            "QUARTER, 2026-02-28, Europe/Berlin,    Q:2026-Q1,    2025-12-31T23:00:00Z, 2026-03-31T22:00:00Z",
            // ISO week-based year: Thursday 2026-12-31 is in 2026-W53, Friday 2027-01-01 too
            "WEEK,    2027-01-01, UTC,              W:2026-W53,   2026-12-28T00:00:00Z, 2027-01-04T00:00:00Z",
            // A day in Tokyo starts at 15:00 UTC the day before
            "DAY,     2026-11-23, Asia/Tokyo,       D:2026-11-23, 2026-11-22T15:00:00Z, 2026-11-23T15:00:00Z",
    })
    void periodsAreCalendarPeriodsInTheOrganisationsZone(Period period, LocalDate date, String zone, String id,
                                                          Instant start, Instant end) {
        Period.Window window = period.window(date, ZoneId.of(zone));
        assertEquals(id, window.id());
        assertEquals(start, window.start());
        assertEquals(end, window.end());
    }

    @ParameterizedTest(name = "{0} is {2} in {1}")
    @CsvSource({
            // 2026-11-24 03:30 UTC is still 2026-11-23 22:30 in New York
            "2026-11-24T03:30:00Z, America/New_York, D:2026-11-23",
            "2026-11-24T03:30:00Z, Europe/Berlin,    D:2026-11-24",
    })
    void anInstantFallsInTheLocalDay(Instant instant, String zone, String id) {
        assertEquals(id, Period.DAY.window(instant, ZoneId.of(zone)).id());
    }
}
