package dev.pacesetter.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * A user's quiet hours: a daily period of wall-clock time in their zone when nudges wait.
 *
 * <p>The period runs from {@code start} (inclusive) to {@code end} (exclusive) and crosses midnight
 * when {@code start} is after {@code end} (22:00 to 07:00). Decisions follow the wall clock across
 * daylight-saving changes: when {@code end} falls in a gap the period ends as the clocks jump, and
 * when it falls in an overlap it ends at the first occurrence still ahead.
 *
 * @param zone the user's time zone
 * @param start when the quiet period begins, local time
 * @param end when it ends, local time; must differ from {@code start}
 */
public record QuietHours(ZoneId zone, LocalTime start, LocalTime end) {

    /** Requires all fields and a period of non-zero length. */
    public QuietHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("start and end must differ: " + start);
        }
    }

    /** What to do with a nudge at a given moment. */
    public sealed interface Decision {
    }

    /** Outside quiet hours: send it. */
    public record DeliverNow() implements Decision {
    }

    /**
     * Inside quiet hours: hold it until they end.
     *
     * @param until the first moment after the quiet period
     */
    public record DeferUntil(Instant until) implements Decision {
        /** Requires the instant. */
        public DeferUntil {
            Objects.requireNonNull(until, "until");
        }
    }

    /**
     * Decides whether a nudge may go out at {@code at}.
     *
     * @param at the moment of sending
     * @return deliver now, or defer until the end of the current quiet period
     */
    public Decision decide(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate today = local.toLocalDate();
        if (start.isBefore(end)) {
            boolean quiet = !time.isBefore(start) && time.isBefore(end);
            return quiet ? deferUntilEndOn(today, at) : new DeliverNow();
        }
        if (!time.isBefore(start)) {
            return deferUntilEndOn(today.plusDays(1), at);
        }
        return time.isBefore(end) ? deferUntilEndOn(today, at) : new DeliverNow();
    }

    /**
     * Whether the period crosses midnight.
     *
     * @return true when {@code start} is after {@code end}
     */
    public boolean crossesMidnight() {
        return start.isAfter(end);
    }

    private Decision deferUntilEndOn(LocalDate date, Instant at) {
        LocalDateTime wallClockEnd = date.atTime(end);
        ZoneOffsetTransition transition = zone.getRules().getTransition(wallClockEnd);
        if (transition != null && transition.isGap()) {
            // The end time never shows on the clock that day; it is passed when the clocks jump.
            return new DeferUntil(transition.getInstant());
        }
        ZonedDateTime first = wallClockEnd.atZone(zone);
        if (first.toInstant().isAfter(at)) {
            return new DeferUntil(first.toInstant());
        }
        // In the repeated hour after the clocks went back, the first occurrence is already behind us.
        Instant second = first.withLaterOffsetAtOverlap().toInstant();
        return second.isAfter(at) ? new DeferUntil(second) : new DeliverNow();
    }
}
