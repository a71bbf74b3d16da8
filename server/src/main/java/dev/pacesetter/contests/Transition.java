package dev.pacesetter.contests;

import java.time.Instant;

/**
 * One recorded step of a contest's life.
 *
 * @param from   the state before
 * @param to     the state after
 * @param action the step taken
 * @param by     who took it: a user id, or {@link ContestLifecycle#SYSTEM} for time-driven steps
 * @param at     when it was taken
 */
public record Transition(ContestStatus from, ContestStatus to, LifecycleAction action, String by, Instant at) {

    /** Validates presence of every part. */
    public Transition {
        Checks.present(from, "transition.from");
        Checks.present(to, "transition.to");
        Checks.present(action, "transition.action");
        by = Checks.text(by, "transition.by", 100);
        Checks.present(at, "transition.at");
    }
}
