package dev.pacesetter.contests;

/**
 * An entry with its rank under the contest's tie rule.
 *
 * @param rank  1 for the best
 * @param tied  whether another entrant shares this rank
 * @param entry the entrant's score and when they reached it
 */
public record Standing(int rank, boolean tied, Entry entry) {

    /** Validates the rank. */
    public Standing {
        Checks.require(rank >= 1, "rank", "must be 1 or more");
        Checks.present(entry, "entry");
    }

    /** The entrant's id. */
    public String entrantId() {
        return entry.entrantId();
    }

    /** The entrant's score. */
    public long score() {
        return entry.score();
    }
}
