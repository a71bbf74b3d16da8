package dev.pacesetter.contests;

/**
 * A lifecycle step that the contest's current state, kind, time or actor does not allow. Kept apart
 * from invalid input so the HTTP layer can answer 409 (conflict with the current state) rather than 400.
 */
public final class IllegalTransitionException extends ContestRuleException {

    private final ContestStatus status;
    private final LifecycleAction action;

    IllegalTransitionException(ContestStatus status, LifecycleAction action, String reason) {
        super("status", "cannot " + action + " a " + status + " contest: " + reason);
        this.status = status;
        this.action = action;
    }

    /** The state the contest was in. */
    public ContestStatus status() {
        return status;
    }

    /** The step that was refused. */
    public LifecycleAction action() {
        return action;
    }
}
