package dev.pacesetter.contests;

/**
 * What a projection keeps per entrant so the next activity can be applied without replaying their
 * history: the entry itself, the raw score behind it, and the replay key of the latest counted activity.
 * {@link ScoreTally#fold} moves it on by one activity; {@link ScoreTally#state} computes it from scratch,
 * and the two always agree (see {@code ScoreTallyFoldProperties}).
 *
 * @param entry the competing score and when it was reached
 * @param raw   the raw score in the metric's units (a sum, a count, or the best single amount)
 * @param last  the latest counted activity in replay order (occurrence, then position);
 *              {@link ReachedAt#FROM_START} when nothing counted yet
 */
public record TallyState(Entry entry, long raw, ReachedAt last) {

    /** Validates presence and sign. */
    public TallyState {
        Checks.present(entry, "entry");
        Checks.require(raw >= 0, "raw", "must not be negative");
        Checks.present(last, "last");
    }

    /** An entrant with nothing counted yet. */
    public static TallyState unscored(String entrantId) {
        return new TallyState(Entry.unscored(entrantId), 0, ReachedAt.FROM_START);
    }
}
