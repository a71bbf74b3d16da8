package dev.pacesetter.contests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * How a recurring contest repeats. Each rule cuts time into back-to-back periods {@code [start, end)}
 * in the organisation's time zone; {@link #next} gives the first period starting at or after an
 * instant (give it the previous period's end to get the following one).
 *
 * <p>Calendar rules start at local midnight. Across DST every rule reads wall-clock time as
 * {@link Schedule#local} does: a time that is skipped means the end of the gap (the first instant of
 * that day, where midnight itself is skipped), and a repeated one its first occurrence; so a "day" is
 * 23 or 25 hours when it must be.
 */
public sealed interface Recurrence {

    /**
     * The first period that starts at or after {@code from}.
     *
     * @param from an instant, typically the end of the previous period
     * @param zone the organisation's time zone
     */
    ContestPeriod next(Instant from, ZoneId zone);

    /** Every local day, midnight to midnight. */
    record Daily() implements Recurrence {
        @Override
        public ContestPeriod next(Instant from, ZoneId zone) {
            return CalendarSteps.next(from, zone, d -> d, d -> d.plusDays(1));
        }
    }

    /**
     * Every week from the given weekday's midnight.
     *
     * @param day the weekday each period starts on
     */
    record Weekly(DayOfWeek day) implements Recurrence {
        /** Validates the weekday. */
        public Weekly {
            Checks.present(day, "recurrence.day");
        }

        @Override
        public ContestPeriod next(Instant from, ZoneId zone) {
            return CalendarSteps.next(from, zone, d -> d.with(TemporalAdjusters.nextOrSame(day)), d -> d.plusWeeks(1));
        }
    }

    /**
     * Every month from the given day's midnight; in shorter months the period starts on the last day
     * instead (day 31 means Jan 31, Feb 28 or 29, Mar 31, ...).
     *
     * @param dayOfMonth 1 to 31
     */
    record Monthly(int dayOfMonth) implements Recurrence {
        /** Validates the day. */
        public Monthly {
            Checks.between(dayOfMonth, 1, 31, "recurrence.dayOfMonth");
        }

        @Override
        public ContestPeriod next(Instant from, ZoneId zone) {
            return CalendarSteps.next(from, zone, d -> {
                LocalDate inMonth = clamped(YearMonth.from(d));
                return inMonth.isBefore(d) ? clamped(YearMonth.from(d).plusMonths(1)) : inMonth;
            }, d -> clamped(YearMonth.from(d).plusMonths(1)));
        }

        private LocalDate clamped(YearMonth month) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
    }

    /**
     * Periods between consecutive firings of a five-field cron rule
     * ({@code minute hour day-of-month month day-of-week}) in local time. Each field takes {@code *},
     * a number, a range {@code a-b}, a step {@code *}{@code /n}, {@code a-b/n} or {@code a/n} (a to the
     * maximum), and comma-separated lists of these. Day-of-week is 0-7 with 0 and 7 Sunday. As in Vixie
     * cron, when both day fields are restricted (neither starts with {@code *}) a day matches either.
     *
     * @param expression the rule, e.g. {@code 0 9 * * 1} for Mondays at 09:00
     */
    record Cron(String expression) implements Recurrence {
        /** Parses the rule, so an invalid one never gets stored. */
        public Cron {
            expression = Checks.text(expression, "recurrence.cron", 200);
            CronExpression.parse(expression);
        }

        @Override
        public ContestPeriod next(Instant from, ZoneId zone) {
            CronExpression cron = CronExpression.parse(expression);
            Instant start = cron.next(from, zone, false);
            return new ContestPeriod(start, cron.next(start, zone, true));
        }
    }
}
