package dev.pacesetter.nudges;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestScheduleTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            // Monday 2026-11-23 07:59 New York (12:59Z): not yet
            "2026-11-23T12:59:00Z, America/New_York, -",
            // 08:00 New York: the digest of Monday is due
            "2026-11-23T13:00:00Z, America/New_York, 2026-11-23",
            // 10:59 New York: still due
            "2026-11-23T15:59:00Z, America/New_York, 2026-11-23",
            // 11:00 New York: the window closed
            "2026-11-23T16:00:00Z, America/New_York, -",
            // 2026-11-24T00:00Z is 09:00 Tuesday in Tokyo
            "2026-11-24T00:00:00Z, Asia/Tokyo,       2026-11-24",
            // Saturday 2026-11-28 09:00 Berlin: no digest at weekends
            "2026-11-28T08:00:00Z, Europe/Berlin,    -",
            // Friday 2026-11-27 09:00 Berlin
            "2026-11-27T08:00:00Z, Europe/Berlin,    2026-11-27",
            // Monday 2026-03-30 08:30 Berlin, the day after the clocks went forward (UTC+2): 06:30Z
            "2026-03-30T06:30:00Z, Europe/Berlin,    2026-03-30",
    })
    void theDigestIsDueOnWorkingDayMorningsInTheUsersZone(Instant now, String zone, String expected) {
        assertEquals(expected, DigestSchedule.dueDay(now, ZoneId.of(zone)).map(Object::toString).orElse("-"));
    }
}
