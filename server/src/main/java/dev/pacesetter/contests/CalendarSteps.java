package dev.pacesetter.contests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

/** The walk shared by the calendar recurrences: periods run from one start date's midnight to the next. */
final class CalendarSteps {

    private CalendarSteps() {
    }

    /**
     * @param onOrAfter the first period start date on or after a date
     * @param following the start date after a given start date
     */
    static ContestPeriod next(Instant from, ZoneId zone, UnaryOperator<LocalDate> onOrAfter,
                              UnaryOperator<LocalDate> following) {
        // A day's first instant is never after the instants of that day, so starts dated before from's
        // local date all lie before from: the first candidate is on or after that date. A period whose
        // day was skipped entirely (Samoa dropped 30 Dec 2011) is empty and is passed over.
        LocalDate start = onOrAfter.apply(LocalDate.ofInstant(from, zone));
        while (true) {
            LocalDate next = following.apply(start);
            Instant begins = LocalTimes.startOfDay(start, zone);
            Instant ends = LocalTimes.startOfDay(next, zone);
            if (!begins.isBefore(from) && ends.isAfter(begins)) {
                return new ContestPeriod(begins, ends);
            }
            start = next;
        }
    }
}
