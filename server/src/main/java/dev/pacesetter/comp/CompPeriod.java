package dev.pacesetter.comp;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One commission period: a calendar month or quarter in the organisation's time zone. Which ledger
 * items fall into it is decided by the service that loads them; the engine trusts that selection.
 *
 * @param kind  month or quarter
 * @param start the first day of the period
 */
public record CompPeriod(PeriodKind kind, LocalDate start) implements Comparable<CompPeriod> {

    private static final Comparator<CompPeriod> ORDER =
            Comparator.comparing(CompPeriod::start).thenComparing(CompPeriod::kind);

    /** Rejects a start that is not the first day of a month (or quarter). */
    public CompPeriod {
        Checks.present(kind, "kind");
        Checks.present(start, "start");
        Checks.require(start.getDayOfMonth() == 1, "start", "must be the first day of a month, was " + start);
        Checks.require((start.getMonthValue() - 1) % kind.months() == 0, "start",
                "must be the first day of a " + kind.name().toLowerCase() + ", was " + start);
    }

    /** The period of {@code kind} that contains {@code day}. */
    public static CompPeriod containing(PeriodKind kind, LocalDate day) {
        Checks.present(kind, "kind");
        Checks.present(day, "day");
        int firstMonth = (day.getMonthValue() - 1) / kind.months() * kind.months() + 1;
        return new CompPeriod(kind, LocalDate.of(day.getYear(), firstMonth, 1));
    }

    /** {@code CompPeriod.month(2025, 3)}. */
    public static CompPeriod month(int year, int month) {
        return new CompPeriod(PeriodKind.MONTH, LocalDate.of(year, month, 1));
    }

    /** {@code CompPeriod.quarter(2025, 1)} is January to March 2025. */
    public static CompPeriod quarter(int year, int quarter) {
        Checks.require(quarter >= 1 && quarter <= 4, "quarter", "must be 1 to 4, was " + quarter);
        return new CompPeriod(PeriodKind.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(kind.months());
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    /** Whether {@code day} falls in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    /** {@code 2025-03} for a month, {@code 2025-Q1} for a quarter. */
    public String label() {
        return switch (kind) {
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
        };
    }

    @Override
    public int compareTo(CompPeriod other) {
        return ORDER.compare(this, other);
    }
}
