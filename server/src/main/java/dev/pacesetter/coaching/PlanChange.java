package dev.pacesetter.coaching;

import java.util.List;

/**
 * The result of a lifecycle step: the plan after it and the events it produced, in order (marking the
 * first item of an assigned plan done yields STARTED, then ITEM_DONE).
 */
public record PlanChange(CoachingPlan plan, List<PlanEvent> events) {

    public PlanChange {
        Checks.present(plan, "plan");
        events = Checks.list(events, "events");
    }
}
