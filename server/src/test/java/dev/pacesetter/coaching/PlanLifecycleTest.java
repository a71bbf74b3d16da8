package dev.pacesetter.coaching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.pacesetter.coaching.Plans.MANAGER;
import static dev.pacesetter.coaching.Plans.REP;
import static dev.pacesetter.coaching.Plans.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanLifecycleTest {

    private static PlanChange apply(CoachingPlan plan, String action) {
        Instant at = T0.plusSeconds(86_400);
        return switch (action) {
            case "assign" -> PlanLifecycle.assign(plan, at);
            case "start" -> PlanLifecycle.start(plan, at);
            case "pause" -> PlanLifecycle.pause(plan, "on leave", at);
            case "resume" -> PlanLifecycle.resume(plan, at);
            case "complete" -> PlanLifecycle.complete(plan, at);
            case "abandon" -> PlanLifecycle.abandon(plan, "changed role", at);
            default -> throw new IllegalArgumentException(action);
        };
    }

    /*
     * Every plan-level move from every state: the resulting state, or "!" and the start of the refusal.
     */
    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(delimiter = '|', value = {
            "DRAFT                    | assign   | ASSIGNED",
            "DRAFT                    | start    | !cannot start plan 100 while it is DRAFT; it must be ASSIGNED",
            "DRAFT                    | pause    | !cannot pause plan 100 while it is DRAFT; it must be ASSIGNED or IN_PROGRESS",
            "DRAFT                    | resume   | !cannot resume plan 100 while it is DRAFT; it must be PAUSED",
            "DRAFT                    | complete | !cannot complete plan 100 while it is DRAFT; it must be IN_PROGRESS",
            "DRAFT                    | abandon  | ABANDONED",
            "ASSIGNED                 | assign   | !cannot assign plan 100 while it is ASSIGNED; it must be DRAFT",
            "ASSIGNED                 | start    | IN_PROGRESS",
            "ASSIGNED                 | pause    | PAUSED",
            "ASSIGNED                 | resume   | !cannot resume",
            "ASSIGNED                 | complete | !cannot complete",
            "ASSIGNED                 | abandon  | ABANDONED",
            "IN_PROGRESS              | assign   | !cannot assign",
            "IN_PROGRESS              | start    | !cannot start",
            "IN_PROGRESS              | pause    | PAUSED",
            "IN_PROGRESS              | resume   | !cannot resume",
            "IN_PROGRESS              | complete | !9 activities are not verified yet: items 1, 2, 4, 5, 7, 8, 10, 12, 14",
            "IN_PROGRESS_ALL_VERIFIED | complete | COMPLETED",
            "IN_PROGRESS              | abandon  | ABANDONED",
            "PAUSED_FROM_ASSIGNED     | resume   | ASSIGNED",
            "PAUSED_FROM_IN_PROGRESS  | resume   | IN_PROGRESS",
            "PAUSED_FROM_IN_PROGRESS  | start    | !cannot start plan 100 while it is PAUSED; it must be ASSIGNED (resume it first)",
            "PAUSED_FROM_IN_PROGRESS  | pause    | !cannot pause",
            "PAUSED_FROM_IN_PROGRESS  | complete | !cannot complete",
            "PAUSED_FROM_ASSIGNED     | abandon  | ABANDONED",
            "COMPLETED                | abandon  | !cannot abandon plan 100 while it is COMPLETED; it must be DRAFT or ASSIGNED or IN_PROGRESS or PAUSED",
            "COMPLETED                | pause    | !cannot pause",
            "COMPLETED                | resume   | !cannot resume",
            "ABANDONED                | assign   | !cannot assign",
            "ABANDONED                | abandon  | !cannot abandon",
            "ABANDONED                | resume   | !cannot resume"})
    void planMovesFollowTheStateMachine(String from, String action, String expected) {
        CoachingPlan plan = Plans.inState(from);
        if (expected.startsWith("!")) {
            var e = assertThrows(CoachingRuleException.class, () -> apply(plan, action));
            assertTrue(e.reason().startsWith(expected.substring(1)), e.reason());
        } else {
            PlanChange change = apply(plan, action);
            assertEquals(PlanState.valueOf(expected), change.plan().state());
            assertEquals(1, change.events().size());
        }
    }

    @Test
    void aPlanWithoutActivitiesCannotBeAssigned() {
        GeneratedPlan empty = PlanGeneratorTest.plan(dev.pacesetter.content.SalesRole.AE, "", PlanSettings.DEFAULT);
        var e = assertThrows(CoachingRuleException.class,
                () -> PlanLifecycle.assign(CoachingPlan.draft(1, MANAGER, empty), T0));
        assertEquals("items", e.field());
    }

    @Test
    void pausingRemembersWhereToResumeAndKeepsTheStart() {
        CoachingPlan paused = PlanLifecycle.pause(Plans.inProgress(), "quarter end", T0).plan();
        assertEquals(Optional.of(PlanState.IN_PROGRESS), paused.pausedFrom());
        CoachingPlan resumed = PlanLifecycle.resume(paused, T0).plan();
        assertEquals(Optional.empty(), resumed.pausedFrom());
        assertEquals(Plans.inProgress().startedAt(), resumed.startedAt());
    }

    @Test
    void abandoningNeedsAReasonAndRecordsIt() {
        assertEquals("reason", assertThrows(CoachingRuleException.class,
                () -> PlanLifecycle.abandon(Plans.draft(), " ", T0)).field());
        PlanChange change = PlanLifecycle.abandon(Plans.inProgress(), "moved to AM", T0);
        assertEquals(new PlanEvent(100, REP, MANAGER, PlanEvent.Type.ABANDONED, 0, T0, "moved to AM"),
                change.events().getFirst());
        assertEquals(Optional.of(T0), change.plan().endedAt());
    }

    @Test
    void impossiblePlansAreRefusedWhenBuilt() {
        CoachingPlan ok = Plans.inProgress();
        assertEquals("managerId", assertThrows(CoachingRuleException.class, () -> new CoachingPlan(1, REP, REP,
                ok.role(), PlanState.DRAFT, Optional.empty(), ok.items(), Optional.empty(), Optional.empty())).field());
        assertEquals("pausedFrom", assertThrows(CoachingRuleException.class, () -> new CoachingPlan(1, REP, MANAGER,
                ok.role(), PlanState.PAUSED, Optional.empty(), ok.items(), ok.startedAt(), Optional.empty())).field());
        assertEquals("items", assertThrows(CoachingRuleException.class, () -> new CoachingPlan(1, REP, MANAGER,
                ok.role(), PlanState.COMPLETED, Optional.empty(), ok.items(), ok.startedAt(), Optional.of(T0))).field());
        assertEquals("startedAt", assertThrows(CoachingRuleException.class, () -> new CoachingPlan(1, REP, MANAGER,
                ok.role(), PlanState.IN_PROGRESS, Optional.empty(), ok.items(), Optional.empty(), Optional.empty()))
                .field());
    }

    @Test
    void targetedSkillsAreThePlansGapSkills() {
        assertEquals(List.of("discovery", "presenting", "closing"), Plans.draft().targetedSkills());
    }
}
