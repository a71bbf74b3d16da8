package dev.pacesetter.contests;

/**
 * How equal scores rank. Whatever the rule, the listing order is the one {@link StandingOrder} writes
 * down: tied entrants are listed by who reached the score first.
 */
public enum TieRule {
    /** Ties share the best rank and the next rank is skipped: 1, 2, 2, 4. The default. */
    STANDARD_COMPETITION,
    /** Ties share a rank and no rank is skipped: 1, 2, 2, 3. */
    DENSE,
    /**
     * Who reached the score first ranks higher: 1, 2, 3, 4. Two entrants share a rank only when they
     * reached their score with the same ledger entry (a shared credit) or have not scored at all.
     */
    FIRST_TO_REACH
}
