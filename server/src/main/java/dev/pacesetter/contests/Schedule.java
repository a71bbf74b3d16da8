package dev.pacesetter.contests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When a contest runs, in which time zone it is shown and planned, and how long late activity is
 * still accepted after the end.
 *
 * @param period activity occurring in {@code [start, end)} counts
 * @param zone   the organisation's time zone
 * @param grace  after the end, how long activity that occurred in the period may still arrive; the
 *               contest is finalised when it is over. Zero to 31 days
 */
public record Schedule(ContestPeriod period, ZoneId zone, Duration grace) {

    /** The longest contest accepted; longer runs belong to recurring contests. */
    static final Duration MAX_LENGTH = Duration.ofDays(400);
    static final Duration MAX_GRACE = Duration.ofDays(31);

    /** Validates the length and the grace period. */
    public Schedule {
        Checks.present(period, "schedule.period");
        Checks.present(zone, "schedule.zone");
        Checks.present(grace, "schedule.grace");
        Checks.require(!grace.isNegative() && grace.compareTo(MAX_GRACE) <= 0, "schedule.grace",
                "must be within 0 and " + MAX_GRACE.toDays() + " days, was " + grace);
        Checks.require(period.length().compareTo(MAX_LENGTH) <= 0, "schedule.period",
                "must be at most " + MAX_LENGTH.toDays() + " days long, was " + period.length().toDays());
    }

    /**
     * A schedule from the organisation's wall-clock times; a time skipped by DST means the end of the
     * skipped hour, a repeated time its first occurrence.
     */
    public static Schedule local(LocalDateTime start, LocalDateTime end, ZoneId zone, Duration grace) {
        Checks.present(start, "schedule.start");
        Checks.present(end, "schedule.end");
        Checks.present(zone, "schedule.zone");
        Instant from = LocalTimes.resolve(start, zone);
        Instant to = LocalTimes.resolve(end, zone);
        Checks.require(to.isAfter(from), "schedule.end", "must be after the start " + start + ", was " + end);
        return new Schedule(new ContestPeriod(from, to), zone, grace);
    }

    /** The first instant of the contest. */
    public Instant start() {
        return period.start();
    }

    /** The first instant after the contest. */
    public Instant end() {
        return period.end();
    }
}
