package dev.pacesetter.coaching;

import dev.pacesetter.content.CoachingKind;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import dev.pacesetter.content.SkillModel;

import java.util.List;

/** The sentences a plan shows: why each item is there, and notes for the manager. English for now. */
final class WhyText {

    private final SkillModel model;

    WhyText(SkillModel model) {
        this.model = model;
    }

    /**
     * E.g. "Discovery is 1.6 below the AE target of 4, gap 1 of 3 by weighted gap (2.4 from manager
     * rating 2 (50%), …). This level-2 role-play drill is step 1 of 3, from level 2 to 4."
     */
    String activity(PlanScheduler.Slot slot, SalesRole role, int gapCount, int capacityMinutes) {
        ActivitySelection.Pick p = slot.pick();
        SkillStanding gap = p.gap();
        StringBuilder why = new StringBuilder()
                .append(gap.skillName()).append(" is ").append(gap.gap().orElseThrow())
                .append(" below the ").append(role).append(" target of ").append(gap.targetLevel())
                .append(", gap ").append(p.rank()).append(" of ").append(gapCount).append(" by weighted gap (")
                .append(gap.proficiency().explanation().summary()).append("). This level-")
                .append(p.activity().level()).append(' ').append(kind(p.activity().kind()))
                .append(" is step ").append(p.step()).append(" of ").append(p.steps()).append(", from level ")
                .append(ActivitySelection.fromLevel(gap)).append(" to ").append(gap.targetLevel()).append('.');
        if (p.skillIds().size() > 1) {
            why.append(" It also builds ").append(names(p.skillIds().subList(1, p.skillIds().size()))).append('.');
        }
        if (slot.overCapacity()) {
            why.append(" It takes ").append(p.activity().effortMinutes()).append(" minutes, more than the weekly ")
                    .append(capacityMinutes).append(", so it has week ").append(slot.week()).append(" to itself.");
        }
        return why.toString();
    }

    String checkIn(int fromWeek, int toWeek, List<String> skillIds) {
        String weeks = fromWeek == toWeek ? "week " + toWeek : "weeks " + fromWeek + "–" + toWeek;
        return "Check-in with the manager at the end of " + weeks + " on " + names(skillIds)
                + ": verify what is done, send back what is not, and adjust what comes next.";
    }

    String names(List<String> skillIds) {
        List<String> names = skillIds.stream().map(id -> model.skill(id).map(Skill::name).orElse(id)).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static String kind(CoachingKind kind) {
        return switch (kind) {
            case MICRO_LESSON -> "micro-lesson";
            case ROLE_PLAY_DRILL -> "role-play drill";
            case CALL_REVIEW -> "call review";
            case SHADOWING -> "shadowing session";
            case READING -> "reading";
            case PRACTICE_QUIZ -> "practice quiz";
        };
    }
}
