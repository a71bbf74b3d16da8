package dev.pacesetter.coaching;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval of time, {@code [from, to)}: an instant equal to {@code to} belongs to the next
 * window, so consecutive windows never count a fact twice.
 */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Checks.present(from, "from");
        Checks.present(to, "to");
        Checks.require(from.isBefore(to), "to", "must be after from (" + from + "), was " + to);
    }

    /** The window of {@code days} days that ends at {@code to}. */
    public static TimeWindow ending(Instant to, int days) {
        Checks.require(days >= 1, "days", "must be 1 or more, was " + days);
        return new TimeWindow(to.minus(Duration.ofDays(days)), to);
    }

    /** The window of {@code days} days that starts at {@code from}. */
    public static TimeWindow starting(Instant from, int days) {
        Checks.require(days >= 1, "days", "must be 1 or more, was " + days);
        return new TimeWindow(from, from.plus(Duration.ofDays(days)));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /** Length in days, fractional for windows that are not whole days. */
    public double days() {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }
}
