package dev.pacesetter.contests;

/** How a team battle turns its participating members' scores into one team score. */
public enum TeamAggregation {
    /** The sum of the members' scores, in the member score unit. */
    SUM,
    /**
     * The mean over the team's members who take part, in thousandths of the member score unit
     * ({@link TeamScores#AVERAGE_SCALE}), rounded down; so that a team of three with 10 calls (3.333)
     * ranks below a team of two with 7 (3.5).
     */
    AVERAGE
}
