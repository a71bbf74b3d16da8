package dev.pacesetter.contests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * The one rule for turning an organisation's wall-clock time into an instant across DST changes:
 * a time inside a gap (it never happens) means the end of the gap, the first instant that exists; a time
 * inside an overlap (it happens twice) means its first occurrence. Both keep the mapping monotone,
 * which the schedule searches rely on.
 */
final class LocalTimes {

    private LocalTimes() {
    }

    static Instant resolve(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    static Instant startOfDay(LocalDate date, ZoneId zone) {
        return resolve(date.atStartOfDay(), zone);
    }
}
