package dev.pacesetter.coaching;

import java.util.Optional;

/**
 * Which coaching events earn points, and how many.
 *
 * <pre>
 *   event                         activity type               points  external id
 *   ITEM_VERIFIED (an activity)   COACHING_ITEM_COMPLETED       20    plan-{id}-item-{sequence}
 *   COMPLETED (the plan)          COACHING_PLAN_COMPLETED      100    plan-{id}-completed
 *   anything else                 —                              0
 * </pre>
 *
 * <ul>
 *   <li>Points come with the manager's verification, not the rep's "done": the rep cannot verify
 *       their own items, and VERIFIED is final, so an item pays once.</li>
 *   <li>A send-back, a pause or an abandoned plan takes nothing back: points already earned stay.</li>
 *   <li>Check-ins earn nothing: they are the manager's meeting, not the rep's work.</li>
 *   <li>Points are flat per type because the ledger credits an activity with its type's
 *       {@code defaultPoints}; effort-scaled points would need per-entry points in the ledger.</li>
 * </ul>
 * Neither type is in {@code content/activity-types.json} yet; adding them (with these points) is what
 * turns awards into ledger entries and leaderboard points.
 */
final class CoachingPoints {

    static final String SOURCE = "coaching";
    static final String ITEM_TYPE = "COACHING_ITEM_COMPLETED";
    static final String PLAN_TYPE = "COACHING_PLAN_COMPLETED";
    static final int ITEM_POINTS = 20;
    static final int PLAN_POINTS = 100;

    private CoachingPoints() {
    }

    static Optional<CoachingAward> award(PlanEvent event) {
        return switch (event.type()) {
            case ITEM_VERIFIED -> Optional.of(new CoachingAward(event.repId(), ITEM_TYPE, SOURCE,
                    "plan-" + event.planId() + "-item-" + event.itemSequence(), ITEM_POINTS, event.at()));
            case COMPLETED -> Optional.of(new CoachingAward(event.repId(), PLAN_TYPE, SOURCE,
                    "plan-" + event.planId() + "-completed", PLAN_POINTS, event.at()));
            case ASSIGNED, STARTED, PAUSED, RESUMED, ABANDONED, ITEM_DONE, ITEM_SENT_BACK -> Optional.empty();
        };
    }
}
