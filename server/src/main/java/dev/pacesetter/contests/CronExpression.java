package dev.pacesetter.contests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.BitSet;

/** A parsed five-field cron rule; see {@link Recurrence.Cron} for the syntax. */
final class CronExpression {

    private static final String FIELD = "recurrence.cron";
    /** Long enough for Feb 29 to fall on any weekday, across a skipped leap year at a century. */
    private static final int SEARCH_DAYS = 366 * 50;

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean eitherDay;

    private CronExpression(String[] fields) {
        minutes = field(fields[0], 0, 59, "minute");
        hours = field(fields[1], 0, 23, "hour");
        days = field(fields[2], 1, 31, "day-of-month");
        months = field(fields[3], 1, 12, "month");
        weekdays = field(fields[4], 0, 7, "day-of-week");
        if (weekdays.get(7)) {
            weekdays.set(0);
        }
        eitherDay = !fields[2].startsWith("*") && !fields[4].startsWith("*");
        Checks.require(eitherDay || months.stream().anyMatch(m -> days.nextSetBit(1) <= Month.of(m).maxLength()),
                FIELD, "day-of-month " + fields[2] + " never occurs in month " + fields[3]);
    }

    static CronExpression parse(String expression) {
        String[] fields = expression.strip().split("\\s+");
        Checks.require(fields.length == 5, FIELD,
                "needs 5 fields (minute hour day-of-month month day-of-week), got " + fields.length);
        return new CronExpression(fields);
    }

    private static BitSet field(String text, int min, int max, String name) {
        BitSet values = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), name);
                Checks.require(step >= 1, FIELD, name + " step must be 1 or more in " + part);
            }
            int lo;
            int hi;
            int dash = range.indexOf('-');
            if (range.equals("*")) {
                lo = min;
                hi = max;
            } else if (dash >= 0) {
                lo = number(range.substring(0, dash), name);
                hi = number(range.substring(dash + 1), name);
            } else {
                lo = number(range, name);
                hi = slash >= 0 ? max : lo;
            }
            Checks.require(min <= lo && lo <= hi && hi <= max, FIELD,
                    name + " '" + part + "' must lie within " + min + "-" + max + ", low to high");
            for (int v = lo; v <= hi; v += step) {
                values.set(v);
            }
        }
        return values;
    }

    private static int number(String text, String name) {
        Checks.require(!text.isEmpty() && text.length() <= 4 && text.chars().allMatch(Character::isDigit), FIELD,
                name + " has '" + text + "' where a number belongs");
        return Integer.parseInt(text);
    }

    boolean matches(LocalDate date) {
        if (!months.get(date.getMonthValue())) {
            return false;
        }
        boolean day = days.get(date.getDayOfMonth());
        boolean weekday = weekdays.get(date.getDayOfWeek().getValue() % DayOfWeek.values().length);
        return eitherDay ? day || weekday : day && weekday;
    }

    /**
     * The first firing at or after {@code from} ({@code strict}: after). Local times map to instants
     * monotonically ({@link LocalTimes}), so the first match in local order is the earliest instant;
     * the walk starts a day early because a skipped local time maps to the later end of its gap.
     */
    Instant next(Instant from, ZoneId zone, boolean strict) {
        LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1);
        for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
            if (!matches(date)) {
                continue;
            }
            for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                    Instant at = LocalTimes.resolve(date.atTime(h, m), zone);
                    if (strict ? at.isAfter(from) : !at.isBefore(from)) {
                        return at;
                    }
                }
            }
        }
        throw new ContestRuleException(FIELD, "no time matches within 50 years of " + from);
    }
}
