package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} {1}-{2} at {3} -> {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
        # zone            | start | end   | at                   | expected (now, or deferred until) | local time
        # Overnight 22:00-07:00 in New York, a summer day (EDT, UTC-4).
        America/New_York  | 22:00 | 07:00 | 2025-06-10T01:59:59Z | now | Jun 9 21:59:59 EDT, just before
        America/New_York  | 22:00 | 07:00 | 2025-06-10T02:00:00Z | 2025-06-10T11:00:00Z | Jun 9 22:00 EDT, start is quiet; until Jun 10 07:00 EDT
        America/New_York  | 22:00 | 07:00 | 2025-06-10T06:30:00Z | 2025-06-10T11:00:00Z | Jun 10 02:30 EDT, after midnight
        America/New_York  | 22:00 | 07:00 | 2025-06-10T10:59:59Z | 2025-06-10T11:00:00Z | Jun 10 06:59:59 EDT
        America/New_York  | 22:00 | 07:00 | 2025-06-10T11:00:00Z | now | Jun 10 07:00 EDT, end is not quiet
        America/New_York  | 22:00 | 07:00 | 2025-06-10T16:00:00Z | now | Jun 10 12:00 EDT, midday
        # The same night across daylight-saving changes: the wall clock decides.
        America/New_York  | 22:00 | 07:00 | 2025-03-09T04:00:00Z | 2025-03-09T11:00:00Z | Mar 8 23:00 EST; clocks spring forward; Mar 9 07:00 EDT
        America/New_York  | 22:00 | 07:00 | 2025-11-02T03:00:00Z | 2025-11-02T12:00:00Z | Nov 1 23:00 EDT; clocks fall back; Nov 2 07:00 EST
        # End time inside the spring-forward gap (02:00-03:00 does not exist on Mar 9): ends at the jump.
        America/New_York  | 00:00 | 02:30 | 2025-03-09T06:30:00Z | 2025-03-09T07:00:00Z | Mar 9 01:30 EST, until 03:00 EDT
        # Start time inside the gap: 03:10 EDT is already past 02:30, so quiet.
        America/New_York  | 02:30 | 06:00 | 2025-03-09T07:10:00Z | 2025-03-09T10:00:00Z | Mar 9 03:10 EDT, until 06:00 EDT
        America/New_York  | 02:30 | 06:00 | 2025-03-09T06:59:00Z | now | Mar 9 01:59 EST, before the start
        # End time inside the fall-back overlap (01:00-02:00 happens twice on Nov 2).
        America/New_York  | 00:00 | 01:30 | 2025-11-02T04:30:00Z | 2025-11-02T05:30:00Z | Nov 2 00:30 EDT, until the first 01:30 (EDT)
        America/New_York  | 00:00 | 01:30 | 2025-11-02T05:15:00Z | 2025-11-02T05:30:00Z | Nov 2 01:15 EDT, first pass
        America/New_York  | 00:00 | 01:30 | 2025-11-02T05:45:00Z | now | Nov 2 01:45 EDT, first pass, after the end
        America/New_York  | 00:00 | 01:30 | 2025-11-02T06:15:00Z | 2025-11-02T06:30:00Z | Nov 2 01:15 EST, second pass: until 01:30 EST
        # A daytime window that does not cross midnight (Berlin, CEST, UTC+2).
        Europe/Berlin     | 12:00 | 14:00 | 2025-07-01T09:59:59Z | now | 11:59:59 CEST
        Europe/Berlin     | 12:00 | 14:00 | 2025-07-01T10:30:00Z | 2025-07-01T12:00:00Z | 12:30 CEST, until 14:00 CEST
        Europe/Berlin     | 12:00 | 14:00 | 2025-07-01T12:00:00Z | now | 14:00 CEST
        # The user's zone, not UTC, decides: 14:00Z is 23:00 in Tokyo (JST, UTC+9).
        Asia/Tokyo        | 22:00 | 07:00 | 2025-06-10T14:00:00Z | 2025-06-10T22:00:00Z | Jun 10 23:00 JST, until Jun 11 07:00 JST
        Asia/Tokyo        | 22:00 | 07:00 | 2025-06-10T02:00:00Z | now | Jun 10 11:00 JST
        """)
    void decidesDeliverNowOrDeferUntilTheQuietPeriodEnds(ZoneId zone, LocalTime start, LocalTime end,
            Instant at, String expected) {
        QuietHours.Decision decision = new QuietHours(zone, start, end).decide(at);

        QuietHours.Decision wanted = expected.equals("now")
                ? new QuietHours.DeliverNow()
                : new QuietHours.DeferUntil(Instant.parse(expected));
        assertEquals(wanted, decision);
    }

    @Test
    void aDeferralAlwaysEndsAfterTheMomentAsked() {
        QuietHours overnight = new QuietHours(NEW_YORK, LocalTime.of(22, 0), LocalTime.of(7, 0));
        // Every minute of the fall-back night, 2025-11-01 20:00 EDT to 2025-11-02 09:00 EST.
        for (Instant at = Instant.parse("2025-11-02T00:00:00Z");
                at.isBefore(Instant.parse("2025-11-02T14:00:00Z")); at = at.plusSeconds(60)) {
            if (overnight.decide(at) instanceof QuietHours.DeferUntil(Instant until)) {
                assertTrue(until.isAfter(at), at + " deferred to " + until);
                assertEquals(new QuietHours.DeliverNow(), overnight.decide(until), "at " + until);
            }
        }
    }

    @Test
    void startAndEndMustDiffer() {
        assertThrows(IllegalArgumentException.class,
                () -> new QuietHours(NEW_YORK, LocalTime.of(22, 0), LocalTime.of(22, 0)));
    }

    @Test
    void knowsWhetherItCrossesMidnight() {
        assertTrue(new QuietHours(NEW_YORK, LocalTime.of(22, 0), LocalTime.of(7, 0)).crossesMidnight());
        assertFalse(new QuietHours(NEW_YORK, LocalTime.of(12, 0), LocalTime.of(14, 0)).crossesMidnight());
    }
}
