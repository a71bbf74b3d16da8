package dev.pacesetter.coaching;

/** Where a piece of proficiency evidence comes from. */
public enum EvidenceSource {
    /** The manager's rating of the skill. */
    MANAGER_RATING,
    /** A KPI signal placed among peers of the same role. */
    KPI,
    /** The rep's own rating of the skill. */
    SELF_RATING
}
