package dev.pacesetter.contests;

/** Where a contest is in its life; see {@link ContestLifecycle} for the legal steps between states. */
public enum ContestStatus {
    /** Being prepared; for a head-to-head, the challenge awaits the opponent's answer. */
    DRAFT,
    /** Published and waiting for its start. */
    SCHEDULED,
    /** Running: activity counts and standings move. */
    LIVE,
    /** Over, in its grace period: late activity may still arrive; prizes not yet awarded. */
    ENDED,
    /** Standings frozen and prizes awarded. Final. */
    FINALISED,
    /** Called off (or a challenge declined or lapsed). Final. */
    CANCELLED;

    /** Whether no step leads out of this state. */
    public boolean terminal() {
        return this == FINALISED || this == CANCELLED;
    }
}
