package dev.pacesetter.nudges;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a user gets the morning digest: on working days (Monday to Friday) from 08:00 local time.
 * The window closes at 11:00 so a server that was down all morning does not say "good morning"
 * after lunch. The caller makes it once a day with the local date as the dedupe key.
 */
final class DigestSchedule {
    static final LocalTime FROM = LocalTime.of(8, 0);
    static final LocalTime UNTIL = LocalTime.of(11, 0);

    private DigestSchedule() {
    }

    /** The local date whose digest is due at {@code now}, or empty outside the window. */
    static Optional<LocalDate> dueDay(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.empty();
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(FROM) && time.isBefore(UNTIL) ? Optional.of(local.toLocalDate()) : Optional.empty();
    }
}
