package dev.pacesetter.coaching;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a coaching plan is in its life. The allowed moves, in one place:
 *
 * <pre>
 *   DRAFT       → ASSIGNED, ABANDONED
 *   ASSIGNED    → IN_PROGRESS, PAUSED, ABANDONED
 *   IN_PROGRESS → COMPLETED, PAUSED, ABANDONED
 *   PAUSED      → ASSIGNED or IN_PROGRESS (whichever it was paused from), ABANDONED
 *   COMPLETED, ABANDONED: terminal
 * </pre>
 */
public enum PlanState {
    /** Generated, not yet shown to the rep; the manager may still change it. */
    DRAFT,
    /** Given to the rep; nothing done yet. */
    ASSIGNED,
    /** The rep has started (explicitly, or by marking the first item done). */
    IN_PROGRESS,
    /** On hold (leave, a quarter-end push); items cannot move. */
    PAUSED,
    /** Every activity verified and the manager closed it. */
    COMPLETED,
    /** Stopped before completion, with a reason. */
    ABANDONED;

    public boolean terminal() {
        return this == COMPLETED || this == ABANDONED;
    }

    /** The states this one may move to (for PAUSED, the plan narrows it to the state it was paused from). */
    public Set<PlanState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ASSIGNED, ABANDONED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, PAUSED, ABANDONED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, PAUSED, ABANDONED);
            case PAUSED -> EnumSet.of(ASSIGNED, IN_PROGRESS, ABANDONED);
            case COMPLETED, ABANDONED -> EnumSet.noneOf(PlanState.class);
        };
    }
}
