package dev.pacesetter.comp;

/** How long one commission period lasts. Periods start on the first day of a calendar month or quarter. */
public enum PeriodKind {
    /** A calendar month. */
    MONTH(1),
    /** A calendar quarter starting in January, April, July or October. */
    QUARTER(3);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** Length in months. */
    int months() {
        return months;
    }
}
