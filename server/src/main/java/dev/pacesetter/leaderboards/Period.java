package dev.pacesetter.leaderboards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods in an organisation's time zone. Weeks are ISO weeks (Monday to Sunday). */
enum Period {
    DAY("D"), WEEK("W"), MONTH("M"), QUARTER("Q");

    private final String code;

    Period(String code) {
        this.code = code;
    }

    /** The period containing {@code date}: its key and its [start, end) instants in {@code zone}. */
    Window window(LocalDate date, ZoneId zone) {
        LocalDate first;
        LocalDate next;
        String key;
        switch (this) {
            case DAY -> {
                first = date;
                next = date.plusDays(1);
                key = date.toString();
            }
            case WEEK -> {
                first = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                next = first.plusWeeks(1);
                key = String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTH -> {
                first = date.withDayOfMonth(1);
                next = first.plusMonths(1);
                key = String.format("%d-%02d", date.getYear(), date.getMonthValue());
            }
            case QUARTER -> {
                int quarter = date.get(IsoFields.QUARTER_OF_YEAR);
                first = LocalDate.of(date.getYear(), (quarter - 1) * 3 + 1, 1);
                next = first.plusMonths(3);
                key = date.getYear() + "-Q" + quarter;
            }
            default -> throw new IllegalStateException(name());
        }
        return new Window(this, code + ":" + key, key, first.atStartOfDay(zone).toInstant(),
                next.atStartOfDay(zone).toInstant());
    }

    /** The period containing an instant, as seen in {@code zone}. */
    Window window(Instant instant, ZoneId zone) {
        return window(LocalDate.ofInstant(instant, zone), zone);
    }

    /**
     * One concrete period.
     *
     * @param id    the period's part of a Redis key, e.g. {@code M:2026-11}
     * @param label the human key, e.g. {@code 2026-11}
     */
    record Window(Period period, String id, String label, Instant start, Instant end) {
    }
}
