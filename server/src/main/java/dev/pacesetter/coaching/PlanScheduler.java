package dev.pacesetter.coaching;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts picked activities into plan weeks, in sequence order, within the weekly capacity.
 *
 * <ul>
 *   <li>Order is kept: an activity never jumps ahead of an earlier one to fill a gap in a week
 *       (foundational before advanced matters more than a full week).</li>
 *   <li>An activity goes into the current week if it fits what is left; otherwise the next week starts.</li>
 *   <li>An activity longer than the whole weekly capacity still gets scheduled: in a week of its own,
 *       flagged {@code overCapacity}.</li>
 *   <li>What would land after the plan's last week is deferred, with everything after it.</li>
 * </ul>
 * Weeks with activities are therefore consecutive from week 1.
 */
final class PlanScheduler {

    /** An activity in its week. */
    record Slot(ActivitySelection.Pick pick, int week, boolean overCapacity) {
    }

    /** Scheduled activities in order, and those that did not fit. */
    record Schedule(List<Slot> slots, List<ActivitySelection.Pick> deferred) {
        int lastWeek() {
            return slots.isEmpty() ? 0 : slots.getLast().week();
        }
    }

    private PlanScheduler() {
    }

    static Schedule schedule(List<ActivitySelection.Pick> ordered, int weeks, int capacityMinutes) {
        List<Slot> slots = new ArrayList<>();
        List<ActivitySelection.Pick> deferred = new ArrayList<>();
        int week = 1;
        int used = 0;
        for (ActivitySelection.Pick p : ordered) {
            int minutes = p.activity().effortMinutes();
            boolean over = minutes > capacityMinutes;
            if (used > 0 && (over || used + minutes > capacityMinutes)) {
                week++;
                used = 0;
            }
            if (week > weeks) {
                deferred.add(p);
                continue;
            }
            slots.add(new Slot(p, week, over));
            if (over) {
                week++;
            } else {
                used += minutes;
            }
        }
        return new Schedule(slots, deferred);
    }

    /** The weeks that end with a check-in, for a plan whose activities fill weeks 1..lastWeek. */
    static List<Integer> checkInWeeks(int lastWeek, CheckInCadence cadence) {
        List<Integer> out = new ArrayList<>();
        for (int w = 1; w <= lastWeek; w++) {
            if (cadence == CheckInCadence.WEEKLY || w % 2 == 0 || w == lastWeek) {
                out.add(w);
            }
        }
        return out;
    }
}
