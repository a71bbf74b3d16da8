package dev.pacesetter.contests;

/**
 * One entrant's current score in a contest, and when they reached it.
 *
 * @param entrantId a participant id, or a team id in a team battle
 * @param score     the competing score, in the contest's {@link ScoreScale} units
 * @param reachedAt when the entrant reached that score
 */
public record Entry(String entrantId, long score, ReachedAt reachedAt) {

    /** Validates the id and the moment. */
    public Entry {
        entrantId = Checks.text(entrantId, "entrantId", 100);
        Checks.present(reachedAt, "reachedAt");
    }

    /** An entrant with no score yet. */
    public static Entry unscored(String entrantId) {
        return new Entry(entrantId, 0, ReachedAt.FROM_START);
    }
}
