package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingActivity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The manager's edits of a DRAFT plan before it is assigned: add a library activity, remove, move or
 * re-date an item. Every edit renumbers the items 1..n in their new order, so sequences stay the
 * order the rep works through. Only a DRAFT may be edited: once assigned, the rep has seen the plan
 * and changing it under them would change what "done" and points mean.
 *
 * <p>Positions are 1-based; a position past the end is refused rather than clamped, so a client bug
 * shows up instead of silently appending.
 */
final class DraftEdits {

    private DraftEdits() {
    }

    /**
     * Adds {@code activity} at {@code position} (empty: at the end), in {@code week} (empty: the plan's
     * last week, at least 1) and due on {@code dueOn} (empty: the last day of that week).
     */
    static CoachingPlan add(CoachingPlan plan, CoachingActivity activity, Optional<Integer> position,
                            Optional<Integer> week, Optional<LocalDate> dueOn, LocalDate startsOn) {
        requireDraft(plan);
        Checks.present(activity, "activityId");
        int lastWeek = plan.items().stream().mapToInt(i -> i.item().week()).max().orElse(1);
        int w = week.orElse(lastWeek);
        Checks.range(w, 1, 26, "week");
        LocalDate due = dueOn.orElse(startsOn.plusDays(7L * w - 1));
        requireNotBefore(due, startsOn);
        List<TrackedItem> items = new ArrayList<>(plan.items());
        int at = position.orElse(items.size() + 1);
        Checks.range(at, 1, items.size() + 1, "position");
        PlanItem item = new PlanItem(at, w, PlanItem.Kind.ACTIVITY, Optional.of(activity.id()), activity.title(),
                activity.skills(), activity.level(), activity.effortMinutes(), due,
                "Added by the manager: a level-" + activity.level() + " activity for "
                        + String.join(", ", activity.skills()) + ".", false);
        items.add(at - 1, TrackedItem.todo(item));
        return plan.withItems(renumber(items));
    }

    static CoachingPlan remove(CoachingPlan plan, int sequence) {
        requireDraft(plan);
        TrackedItem item = plan.item(sequence);
        List<TrackedItem> items = new ArrayList<>(plan.items());
        items.remove(item);
        return plan.withItems(renumber(items));
    }

    /** Moves the item so that it becomes item {@code position} of the plan. */
    static CoachingPlan move(CoachingPlan plan, int sequence, int position) {
        requireDraft(plan);
        TrackedItem item = plan.item(sequence);
        Checks.range(position, 1, plan.items().size(), "position");
        List<TrackedItem> items = new ArrayList<>(plan.items());
        items.remove(item);
        items.add(position - 1, item);
        return plan.withItems(renumber(items));
    }

    /** Changes an item's due day; its week and place stay, so the manager can stretch one item. */
    static CoachingPlan redate(CoachingPlan plan, int sequence, LocalDate dueOn, LocalDate startsOn) {
        requireDraft(plan);
        TrackedItem item = plan.item(sequence);
        Checks.present(dueOn, "dueOn");
        requireNotBefore(dueOn, startsOn);
        PlanItem p = item.item();
        PlanItem moved = new PlanItem(p.sequence(), p.week(), p.kind(), p.activityId(), p.title(), p.skillIds(),
                p.level(), p.minutes(), dueOn, p.why(), p.overCapacity());
        return plan.withItems(plan.items().stream().map(i -> i == item ? TrackedItem.todo(moved) : i).toList());
    }

    private static void requireNotBefore(LocalDate dueOn, LocalDate startsOn) {
        Checks.require(!dueOn.isBefore(startsOn), "dueOn", "must not be before the plan starts (" + startsOn
                + "), was " + dueOn);
    }

    private static void requireDraft(CoachingPlan plan) {
        Checks.require(plan.state() == PlanState.DRAFT, "state", "cannot edit plan " + plan.planId()
                + " while it is " + plan.state() + "; only a DRAFT can be edited");
    }

    /** Draft items are all TODO, so renumbering rebuilds them fresh. */
    private static List<TrackedItem> renumber(List<TrackedItem> items) {
        List<TrackedItem> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlanItem p = items.get(i).item();
            out.add(TrackedItem.todo(new PlanItem(i + 1, p.week(), p.kind(), p.activityId(), p.title(), p.skillIds(),
                    p.level(), p.minutes(), p.dueOn(), p.why(), p.overCapacity())));
        }
        return out;
    }
}
