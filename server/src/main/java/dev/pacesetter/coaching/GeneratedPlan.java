package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.time.LocalDate;
import java.util.List;

/**
 * A coaching plan as generated, before anyone has seen it; {@link CoachingPlan#draft} turns it into a
 * plan with a lifecycle. Identical inputs always give an equal plan.
 *
 * @param repId          the rep
 * @param role           the rep's role, whose targets the gaps are measured against
 * @param startsOn       the first day of week 1
 * @param settings       what it was generated with
 * @param targetedSkills the gap skills the plan works on, in rank order; empty when there were no gaps
 * @param items          activities and check-ins in sequence order
 * @param shortfalls     gap levels the library had no activity for
 * @param deferred       ids of activities that did not fit in the plan's weeks, in the order they
 *                       would have come: material for the next plan
 * @param notes          sentences for the manager: no gaps, unknown skills, shortfalls, deferrals
 */
public record GeneratedPlan(long repId, SalesRole role, LocalDate startsOn, PlanSettings settings,
                            List<String> targetedSkills, List<PlanItem> items, List<Shortfall> shortfalls,
                            List<String> deferred, List<String> notes) {

    public GeneratedPlan {
        Checks.present(role, "role");
        Checks.present(startsOn, "startsOn");
        Checks.present(settings, "settings");
        targetedSkills = Checks.list(targetedSkills, "targetedSkills");
        items = Checks.list(items, "items");
        shortfalls = Checks.list(shortfalls, "shortfalls");
        deferred = Checks.list(deferred, "deferred");
        notes = Checks.list(notes, "notes");
        for (int i = 0; i < items.size(); i++) {
            Checks.require(items.get(i).sequence() == i + 1, "items", "must be numbered 1..n in order");
        }
    }

    public List<PlanItem> activities() {
        return items.stream().filter(PlanItem::isActivity).toList();
    }

    /** The last week with an item; 0 for an empty plan. */
    public int weeksUsed() {
        return items.stream().mapToInt(PlanItem::week).max().orElse(0);
    }
}
