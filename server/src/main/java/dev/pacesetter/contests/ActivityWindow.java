package dev.pacesetter.contests;

import java.time.Instant;

/**
 * Which activity a contest accepts: activity that occurred in {@code period}, recorded by the ledger
 * before {@code lateUntil} (the end of the grace period).
 *
 * @param period    activity occurring in {@code [start, end)} counts
 * @param lateUntil activity recorded at or after this instant is too late; not before the period's end
 */
public record ActivityWindow(ContestPeriod period, Instant lateUntil) {

    /** Validates that the grace period does not end before the contest. */
    public ActivityWindow {
        Checks.present(period, "window.period");
        Checks.present(lateUntil, "window.lateUntil");
        Checks.require(!lateUntil.isBefore(period.end()), "window.lateUntil", "must not be before the end");
    }

    /** The window of a schedule that runs its full length. */
    public static ActivityWindow of(Schedule schedule) {
        return new ActivityWindow(schedule.period(), schedule.end().plus(schedule.grace()));
    }
}
