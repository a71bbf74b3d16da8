package dev.pacesetter.contests;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instants are written as local date-times with their offset, so each reads as the organisation's clock. */
class RecurrenceTest {

    static Recurrence rule(String spec) {
        String[] parts = spec.trim().split(" ", 2);
        return switch (parts[0]) {
            case "daily" -> new Recurrence.Daily();
            case "weekly" -> new Recurrence.Weekly(DayOfWeek.valueOf(parts[1]));
            case "monthly" -> new Recurrence.Monthly(Integer.parseInt(parts[1]));
            case "cron" -> new Recurrence.Cron(parts[1]);
            default -> throw new IllegalArgumentException(spec);
        };
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @ParameterizedTest(name = "[{index}] {0} in {1} from {2}: [{3}, {4}) {5}")
    @CsvSource(delimiter = '|', value = {
            // rule                   | zone              | from                      | start                     | end                       | why
            "daily                    | Europe/Berlin     | 2025-03-10T10:00+01:00    | 2025-03-11T00:00+01:00    | 2025-03-12T00:00+01:00    | the next day: today's began before",
            "daily                    | Europe/Berlin     | 2025-03-11T00:00+01:00    | 2025-03-11T00:00+01:00    | 2025-03-12T00:00+01:00    | a period starting exactly then",
            "daily                    | Europe/Berlin     | 2025-03-30T00:00+01:00    | 2025-03-30T00:00+01:00    | 2025-03-31T00:00+02:00    | Sun 30 Mar springs forward: 23 h",
            "daily                    | Europe/Berlin     | 2025-10-26T00:00+02:00    | 2025-10-26T00:00+02:00    | 2025-10-27T00:00+01:00    | Sun 26 Oct falls back: 25 h",
            "daily                    | America/Santiago  | 2023-09-02T12:00-04:00    | 2023-09-03T01:00-03:00    | 2023-09-04T00:00-03:00    | Sun 3 Sep has no midnight: starts 01:00",
            "daily                    | America/Santiago  | 2024-04-06T00:00-03:00    | 2024-04-06T00:00-03:00    | 2024-04-07T00:00-04:00    | Sat 6 Apr repeats 23:00-24:00: 25 h",
            "daily                    | Pacific/Apia      | 2011-12-29T12:00-10:00    | 2011-12-31T00:00+14:00    | 2012-01-01T00:00+14:00    | Fri 30 Dec 2011 never happened in Samoa",
            "weekly MONDAY            | Europe/Berlin     | 2025-03-05T10:00+01:00    | 2025-03-10T00:00+01:00    | 2025-03-17T00:00+01:00    | Wed to the next Monday",
            "weekly MONDAY            | Europe/Berlin     | 2025-03-24T00:00+01:00    | 2025-03-24T00:00+01:00    | 2025-03-31T00:00+02:00    | a week of 167 h",
            "weekly SUNDAY            | America/New_York  | 2025-03-08T12:00-05:00    | 2025-03-09T00:00-05:00    | 2025-03-16T00:00-04:00    | Sat to Sun 9 Mar (DST that night)",
            "monthly 31               | Europe/Berlin     | 2025-01-31T00:00+01:00    | 2025-01-31T00:00+01:00    | 2025-02-28T00:00+01:00    | day 31 is Feb 28",
            "monthly 31               | Europe/Berlin     | 2025-02-01T00:00+01:00    | 2025-02-28T00:00+01:00    | 2025-03-31T00:00+02:00    | and back to Mar 31",
            "monthly 31               | Europe/Berlin     | 2024-02-01T00:00+01:00    | 2024-02-29T00:00+01:00    | 2024-03-31T00:00+01:00    | leap year: Feb 29 (DST 2024 began at 02:00)",
            "monthly 30               | Europe/Berlin     | 2025-04-30T00:00+02:00    | 2025-04-30T00:00+02:00    | 2025-05-30T00:00+02:00    | Apr 30 to May 30",
            "monthly 1                | Europe/Berlin     | 2025-03-15T12:00+01:00    | 2025-04-01T00:00+02:00    | 2025-05-01T00:00+02:00    | the first of next month",
            "monthly 15               | Europe/Berlin     | 2025-03-15T00:00:01+01:00 | 2025-04-15T00:00+02:00    | 2025-05-15T00:00+02:00    | one second late is a month late",
            "cron 0 9 * * 1           | Europe/Berlin     | 2025-03-05T10:00+01:00    | 2025-03-10T09:00+01:00    | 2025-03-17T09:00+01:00    | Mondays 09:00",
            "cron */15 * * * *        | Europe/Berlin     | 2025-03-05T10:07+01:00    | 2025-03-05T10:15+01:00    | 2025-03-05T10:30+01:00    | quarter hours",
            "cron 5/20 * * * *        | Europe/Berlin     | 2025-03-05T10:26+01:00    | 2025-03-05T10:45+01:00    | 2025-03-05T11:05+01:00    | 5, 25, 45 past",
            "cron 0 8-17/3 * * 1-5    | Europe/Berlin     | 2025-03-07T17:30+01:00    | 2025-03-10T08:00+01:00    | 2025-03-10T11:00+01:00    | Fri evening to Mon 08:00",
            "cron 0 0 * * 7           | Europe/Berlin     | 2025-03-05T10:00+01:00    | 2025-03-09T00:00+01:00    | 2025-03-16T00:00+01:00    | 7 is Sunday",
            "cron 30 2 * * *          | Europe/Berlin     | 2025-03-29T03:00+01:00    | 2025-03-30T03:00+02:00    | 2025-03-31T02:30+02:00    | 02:30 skipped: fires as the gap ends",
            "cron 0,30 2 * * *        | Europe/Berlin     | 2025-03-30T01:00+01:00    | 2025-03-30T03:00+02:00    | 2025-03-31T02:00+02:00    | two skipped times fire once",
            "cron 30 2 * * *          | Europe/Berlin     | 2025-10-25T03:00+02:00    | 2025-10-26T02:30+02:00    | 2025-10-27T02:30+01:00    | 02:30 twice: fires the first time",
            "cron 0 0 1 1,7 *         | Europe/Berlin     | 2025-03-01T00:00+01:00    | 2025-07-01T00:00+02:00    | 2026-01-01T00:00+01:00    | half years",
            "cron 0 12 13 * 5         | Europe/Berlin     | 2025-06-01T00:00+02:00    | 2025-06-06T12:00+02:00    | 2025-06-13T12:00+02:00    | the 13th or a Friday",
            "cron 0 0 29 2 *          | Europe/Berlin     | 2025-03-01T00:00+01:00    | 2028-02-29T00:00+01:00    | 2032-02-29T00:00+01:00    | leap days only",
            "cron 0 0 * * *           | Pacific/Apia      | 2011-12-29T12:00-10:00    | 2011-12-31T00:00+14:00    | 2012-01-01T00:00+14:00    | the missing day fires once"})
    void eachRuleYieldsTheNextPeriodInTheOrganisationsZone(String rule, String zone, String from, String start,
                                                           String end, String why) {
        assertEquals(new ContestPeriod(at(start), at(end)), rule(rule).next(at(from), ZoneId.of(zone)), why);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "* * * *                  | needs 5 fields",
            "60 * * * *               | minute '60' must lie within 0-59",
            "* 24 * * *               | hour '24' must lie within 0-23",
            "* * 0 * *                | day-of-month '0' must lie within 1-31",
            "* * * 13 *               | month '13' must lie within 1-12",
            "* * * * 8                | day-of-week '8' must lie within 0-7",
            "*/0 * * * *              | minute step must be 1 or more",
            "5-1 * * * *              | low to high",
            "MON * * * *              | minute has 'MON' where a number belongs",
            "1,,2 * * * *             | minute has '' where a number belongs",
            "0 0 30 2 *               | day-of-month 30 never occurs in month 2",
            "0 0 31 4,6,9,11 *        | never occurs"})
    void invalidCronRulesAreRefusedWithTheFieldAtFault(String expression, String reason) {
        ContestRuleException refused = assertThrows(ContestRuleException.class, () -> new Recurrence.Cron(expression));
        assertEquals("recurrence.cron", refused.field());
        assertTrue(refused.reason().contains(reason), refused.reason());
    }

    @ParameterizedTest(name = "day {0} is refused")
    @CsvSource({"0", "32"})
    void monthlyDaysLieWithinAMonth(int day) {
        assertEquals("recurrence.dayOfMonth", assertThrows(ContestRuleException.class,
                () -> new Recurrence.Monthly(day)).field());
    }

    @Provide
    static Arbitrary<Recurrence> rules() {
        return Arbitraries.oneOf(Arbitraries.just(new Recurrence.Daily()),
                Arbitraries.of(DayOfWeek.class).map(Recurrence.Weekly::new),
                Arbitraries.integers().between(1, 31).map(Recurrence.Monthly::new),
                Arbitraries.of("0 9 * * 1", "*/15 * * * *", "30 2 * * *", "0 0 1 * *", "0 12 13 * 5", "0,30 1-3 * * *",
                        "45 23 * * 0,6").map(Recurrence.Cron::new));
    }

    @Provide
    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Berlin", "America/Santiago", "America/New_York", "Pacific/Apia",
                "Australia/Lord_Howe", "Asia/Kolkata", "UTC").map(ZoneId::of);
    }

    @Property(tries = 300)
    void periodsFollowEachOtherWithoutGapOrOverlap(@ForAll("rules") Recurrence rule, @ForAll("zones") ZoneId zone,
                                                   @ForAll @LongRange(min = 1_262_304_000L, max = 1_893_456_000L)
                                                   long epochSecond) {
        Instant from = Instant.ofEpochSecond(epochSecond); // 2010 to 2030
        ContestPeriod period = rule.next(from, zone);
        assertTrue(!period.start().isBefore(from));
        assertEquals(period, rule.next(period.start(), zone));
        assertEquals(period.end(), rule.next(period.end(), zone).start());
        assertEquals(period, rule.next(period.start().minusNanos(1), zone), "no earlier period starts after from");
    }
}
