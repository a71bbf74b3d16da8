package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingLibrary;
import dev.pacesetter.content.SkillModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates a coaching plan from a rep's ranked gaps: activities for the top gaps
 * ({@link ActivitySelection}), scheduled into weeks ({@link PlanScheduler}), manager check-ins
 * ({@link CheckInCadence}), and a "why" on every item. No randomness and only ordered collections, so
 * the same gaps, settings and start day give an equal plan.
 *
 * <pre>{@code
 * GeneratedPlan plan = new PlanGenerator(SkillModel.load(), CoachingLibrary.load())
 *         .generate(gaps, PlanSettings.DEFAULT, LocalDate.of(2025, 6, 9));
 * }</pre>
 */
final class PlanGenerator {

    /** A check-in's length on the calendar; not taken from the rep's weekly coaching capacity. */
    static final int CHECK_IN_MINUTES = 15;

    private final CoachingLibrary library;
    private final WhyText text;

    PlanGenerator(SkillModel model, CoachingLibrary library) {
        this.library = Checks.present(library, "library");
        this.text = new WhyText(Checks.present(model, "model"));
    }

    GeneratedPlan generate(RepGaps gaps, PlanSettings settings, LocalDate startsOn) {
        Checks.present(gaps, "gaps");
        Checks.present(settings, "settings");
        Checks.present(startsOn, "startsOn");
        List<SkillStanding> top = gaps.top(settings.topGaps());
        ActivitySelection.Selection selection = ActivitySelection.select(top, library);
        PlanScheduler.Schedule schedule = PlanScheduler.schedule(selection.picks(), settings.weeks(),
                settings.weeklyCapacityMinutes());
        List<PlanItem> items = items(gaps, settings, startsOn, schedule, top.size());
        List<String> deferred = schedule.deferred().stream().map(p -> p.activity().id()).toList();
        return new GeneratedPlan(gaps.repId(), gaps.role(), startsOn, settings,
                top.stream().map(SkillStanding::skillId).toList(), items, selection.shortfalls(), deferred,
                notes(gaps, settings, selection.shortfalls(), deferred));
    }

    private List<PlanItem> items(RepGaps gaps, PlanSettings settings, LocalDate startsOn,
                                 PlanScheduler.Schedule schedule, int gapCount) {
        List<PlanItem> items = new ArrayList<>();
        List<Integer> checkIns = PlanScheduler.checkInWeeks(schedule.lastWeek(), settings.checkIns());
        Set<String> sinceCheckIn = new LinkedHashSet<>();
        int previousCheckIn = 0;
        int next = 0;
        for (int week = 1; week <= schedule.lastWeek(); week++) {
            LocalDate due = startsOn.plusDays(7L * week - 1);
            while (next < schedule.slots().size() && schedule.slots().get(next).week() == week) {
                PlanScheduler.Slot slot = schedule.slots().get(next++);
                ActivitySelection.Pick p = slot.pick();
                sinceCheckIn.addAll(p.skillIds());
                items.add(new PlanItem(items.size() + 1, week, PlanItem.Kind.ACTIVITY, Optional.of(p.activity().id()),
                        p.activity().title(), p.skillIds(), p.activity().level(), p.activity().effortMinutes(), due,
                        text.activity(slot, gaps.role(), gapCount, settings.weeklyCapacityMinutes()),
                        slot.overCapacity()));
            }
            if (checkIns.contains(week)) {
                List<String> skills = List.copyOf(sinceCheckIn);
                items.add(new PlanItem(items.size() + 1, week, PlanItem.Kind.CHECK_IN, Optional.empty(),
                        "Check-in with your manager", skills, 0, CHECK_IN_MINUTES, due,
                        text.checkIn(previousCheckIn + 1, week, skills), false));
                sinceCheckIn.clear();
                previousCheckIn = week;
            }
        }
        return items;
    }

    private List<String> notes(RepGaps gaps, PlanSettings settings, List<Shortfall> shortfalls, List<String> deferred) {
        List<String> notes = new ArrayList<>();
        if (gaps.ranked().isEmpty()) {
            notes.add("No gaps: every assessed skill is at or above the " + gaps.role() + " target, so the plan "
                    + "has no activities.");
        }
        List<String> unknown = gaps.unknown().stream().map(SkillStanding::skillId).toList();
        if (!unknown.isEmpty()) {
            notes.add(text.names(unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not assessed yet: rate " + (unknown.size() == 1 ? "it" : "them") + " to find gaps there.");
        }
        for (Shortfall s : shortfalls) {
            notes.add("The library has no " + text.names(List.of(s.skillId())) + " activity at level"
                    + (s.missingLevels().size() == 1 ? " " : "s ") + s.missingLevels().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))
                    + ": coach " + (s.missingLevels().size() == 1 ? "that step" : "those steps") + " directly.");
        }
        if (!deferred.isEmpty()) {
            notes.add(deferred.size() + (deferred.size() == 1 ? " activity does" : " activities do") + " not fit in "
                    + settings.weeks() + " weeks at " + settings.weeklyCapacityMinutes() + " minutes a week and "
                    + (deferred.size() == 1 ? "is" : "are") + " left for the next plan: " + String.join(", ", deferred)
                    + ".");
        }
        return notes;
    }
}
