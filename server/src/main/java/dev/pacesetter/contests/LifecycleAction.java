package dev.pacesetter.contests;

/** A step in a contest's life; {@link ContestLifecycle} says which are legal when. */
public enum LifecycleAction {
    /** DRAFT to SCHEDULED, by an organiser; not for a head-to-head, which its opponent schedules by accepting. */
    SCHEDULE,
    /** SCHEDULED back to DRAFT before the start, to edit it. */
    UNSCHEDULE,
    /** DRAFT to SCHEDULED: the opponent takes up a head-to-head challenge before its start. */
    ACCEPT_CHALLENGE,
    /** DRAFT to CANCELLED: the opponent turns a head-to-head challenge down. */
    DECLINE_CHALLENGE,
    /** SCHEDULED to LIVE, at the start. Time-driven. */
    START,
    /**
     * LIVE to ENDED, at the end (time-driven), or earlier in a race to target that ends when its last
     * prize is taken.
     */
    END,
    /** ENDED to FINALISED, when the grace period is over. Time-driven. */
    FINALISE,
    /** To CANCELLED from any state before FINALISED; time-driven for a challenge still unanswered at its start. */
    CANCEL
}
