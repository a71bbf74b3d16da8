package dev.pacesetter.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a coaching plan: a library activity, or a manager check-in.
 *
 * @param sequence     1-based position in the plan; unique; the order the rep works through it
 * @param week         1-based plan week the item is scheduled in
 * @param kind         activity or check-in
 * @param activityId   the library activity; empty for a check-in
 * @param title        what the rep sees in the list
 * @param skillIds     for an activity, the gap skill it was picked for, then any other targeted skill it
 *                     also builds; for a check-in, the skills worked on since the previous check-in
 * @param level        the activity's level 1..5; 0 for a check-in
 * @param minutes      expected effort
 * @param dueOn        the last day of the item's week
 * @param why          one or two sentences naming the gap and the evidence behind it
 * @param overCapacity the activity alone takes longer than the weekly capacity, so it has its week to itself
 */
public record PlanItem(int sequence, int week, Kind kind, Optional<String> activityId, String title,
                       List<String> skillIds, int level, int minutes, LocalDate dueOn, String why,
                       boolean overCapacity) {

    /** What an item is. */
    public enum Kind { ACTIVITY, CHECK_IN }

    public PlanItem {
        Checks.require(sequence >= 1, "sequence", "must be 1 or more, was " + sequence);
        Checks.require(week >= 1, "week", "must be 1 or more, was " + week);
        Checks.present(kind, "kind");
        Checks.present(activityId, "activityId");
        Checks.text(title, "title");
        skillIds = Checks.list(skillIds, "skillIds");
        Checks.require(!skillIds.isEmpty(), "skillIds", "must name at least one skill");
        Checks.require(minutes >= 1, "minutes", "must be 1 or more, was " + minutes);
        Checks.present(dueOn, "dueOn");
        Checks.text(why, "why");
        if (kind == Kind.ACTIVITY) {
            Checks.require(activityId.isPresent(), "activityId", "is required for an activity");
            Checks.range(level, 1, 5, "level");
        } else {
            Checks.require(activityId.isEmpty(), "activityId", "must be empty for a check-in");
            Checks.require(level == 0, "level", "must be 0 for a check-in");
            Checks.require(!overCapacity, "overCapacity", "does not apply to a check-in");
        }
    }

    public boolean isActivity() {
        return kind == Kind.ACTIVITY;
    }
}
