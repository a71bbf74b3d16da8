package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyCapTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @ParameterizedTest(name = "cap {0}, pushed {1} -> {2}")
    @CsvSource({
        "3, 0, ALLOW",
        "3, 2, ALLOW",
        "3, 3, SUPPRESS",
        "3, 9, SUPPRESS",
        "1, 0, ALLOW",
        "0, 0, SUPPRESS",
    })
    void allowsWhileUnderTheCap(int cap, int pushedToday, DailyCap.Decision expected) {
        assertEquals(expected, new DailyCap(cap).decide(pushedToday));
    }

    @ParameterizedTest(name = "{0} at {1} -> [{2}, {3}), {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
        # zone              | now                  | start                | end                  | length | local day
        Europe/Berlin       | 2025-07-01T10:00:00Z | 2025-06-30T22:00:00Z | 2025-07-01T22:00:00Z | PT24H | Jul 1, CEST
        Europe/Berlin       | 2025-03-30T12:00:00Z | 2025-03-29T23:00:00Z | 2025-03-30T22:00:00Z | PT23H | Mar 30, clocks spring forward
        Europe/Berlin       | 2025-10-26T12:00:00Z | 2025-10-25T22:00:00Z | 2025-10-26T23:00:00Z | PT25H | Oct 26, clocks fall back
        Asia/Tokyo          | 2025-06-10T16:00:00Z | 2025-06-10T15:00:00Z | 2025-06-11T15:00:00Z | PT24H | already Jun 11 01:00 JST
        America/Sao_Paulo   | 2018-11-04T12:00:00Z | 2018-11-04T03:00:00Z | 2018-11-05T02:00:00Z | PT23H | midnight skipped: day starts 01:00 -02
        """)
    void todayIsTheUsersLocalCalendarDay(ZoneId zone, Instant now, Instant start, Instant end,
            Duration length) {
        DailyCap.Day day = DailyCap.today(now, zone);

        assertEquals(new DailyCap.Day(start, end), day);
        assertEquals(length, Duration.between(day.start(), day.end()));
    }

    @Test
    void onlyPushesInTheUsersCurrentLocalDayCount() {
        Instant now = Instant.parse("2025-06-10T16:00:00Z");            // Jun 11 01:00 JST
        List<Instant> pushed = List.of(
                Instant.parse("2025-06-10T14:00:00Z"),                 // Jun 10 23:00 JST: yesterday
                Instant.parse("2025-06-10T15:30:00Z"));                // Jun 11 00:30 JST: today

        assertEquals(DailyCap.Decision.ALLOW, new DailyCap(2).decide(now, TOKYO, pushed));
        assertEquals(DailyCap.Decision.SUPPRESS, new DailyCap(1).decide(now, TOKYO, pushed));
        // In UTC both would fall on Jun 10 and a cap of 2 would already be reached.
        assertEquals(DailyCap.Decision.SUPPRESS, new DailyCap(2).decide(now, ZoneId.of("UTC"), pushed));
    }

    @Test
    void countsAndCapsMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new DailyCap(-1));
        assertThrows(IllegalArgumentException.class, () -> new DailyCap(3).decide(-1));
    }
}
