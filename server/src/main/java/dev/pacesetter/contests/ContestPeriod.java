package dev.pacesetter.contests;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)}.
 *
 * @param start the first instant inside
 * @param end   the first instant after; strictly after {@code start}
 */
public record ContestPeriod(Instant start, Instant end) {

    /** Validates that the period is not empty. */
    public ContestPeriod {
        Checks.present(start, "start");
        Checks.present(end, "end");
        Checks.require(end.isAfter(start), "end", "must be after the start " + start + ", was " + end);
    }

    /** Whether the instant lies in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** The length of the period. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
