package dev.pacesetter.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * At most so many pushes a day per user, counted by the calendar day in the user's zone. Nudges over
 * the cap still reach the in-app inbox; only the push is suppressed.
 *
 * @param maxPerDay pushes allowed per local day; 0 turns push off
 */
public record DailyCap(int maxPerDay) {

    /** Requires a non-negative cap. */
    public DailyCap {
        if (maxPerDay < 0) {
            throw new IllegalArgumentException("maxPerDay must not be negative: " + maxPerDay);
        }
    }

    /** Whether one more push may go out today. */
    public enum Decision { ALLOW, SUPPRESS }

    /**
     * A local calendar day as an interval of instants; 23 or 25 hours long on a daylight-saving
     * change.
     *
     * @param start the first instant of the day, inclusive
     * @param end the first instant of the next day, exclusive
     */
    public record Day(Instant start, Instant end) {
        /** Requires {@code start} before {@code end}. */
        public Day {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("start must be before end: " + start + ", " + end);
            }
        }

        /**
         * Whether an instant falls within this day.
         *
         * @param instant the instant
         * @return true when {@code start <= instant < end}
         */
        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    /**
     * The user's local day containing {@code now}, to count today's pushes in a query.
     *
     * @param now the current moment
     * @param zone the user's zone
     * @return the day; it starts at the first valid local time when midnight is skipped
     */
    public static Day today(Instant now, ZoneId zone) {
        LocalDate date = now.atZone(zone).toLocalDate();
        return new Day(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Decides given the number already pushed today.
     *
     * @param pushedToday pushes already sent in the user's current local day
     * @return {@code ALLOW} while under the cap
     */
    public Decision decide(int pushedToday) {
        if (pushedToday < 0) {
            throw new IllegalArgumentException("pushedToday must not be negative: " + pushedToday);
        }
        return pushedToday < maxPerDay ? Decision.ALLOW : Decision.SUPPRESS;
    }

    /**
     * Decides given when earlier pushes went out; only those in the user's current local day count.
     *
     * @param now the current moment
     * @param zone the user's zone
     * @param pushedAt when earlier pushes were sent, any days
     * @return {@code ALLOW} while under the cap
     */
    public Decision decide(Instant now, ZoneId zone, Collection<Instant> pushedAt) {
        Objects.requireNonNull(pushedAt, "pushedAt");
        Day day = today(now, zone);
        return decide((int) pushedAt.stream().filter(day::contains).count());
    }
}
