package dev.pacesetter.coaching;

import java.util.List;

/**
 * What the signals behind a completed plan's skills did: one {@link SignalDelta} per targeted skill and
 * signal of the rep's role that informs it, over two windows of equal length either side of the plan.
 *
 * @param planId    the plan
 * @param repId     the rep
 * @param managerId the plan's manager
 * @param before    the window that ends when the plan started
 * @param after     the window that starts when the plan was completed
 * @param deltas    in targeted-skill order, then the skill model's signal order
 */
public record PlanEffect(long planId, long repId, long managerId, TimeWindow before, TimeWindow after,
                         List<SignalDelta> deltas) {

    public PlanEffect {
        Checks.present(before, "before");
        Checks.present(after, "after");
        deltas = Checks.list(deltas, "deltas");
    }
}
