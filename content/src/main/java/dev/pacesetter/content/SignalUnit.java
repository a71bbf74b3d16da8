package dev.pacesetter.content;

/** The unit a KPI signal's value is expressed in. */
public enum SignalUnit {
    /** A ratio shown as a percentage, 0..100 (attainment may exceed 100). */
    PERCENT,
    /** An amount in the organisation's reporting currency. */
    MONEY,
    /** Elapsed calendar days. */
    DAYS,
    /** Elapsed business hours. */
    HOURS,
    /** Count per working week. */
    PER_WEEK
}
