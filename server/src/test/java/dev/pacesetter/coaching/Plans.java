package dev.pacesetter.coaching;

import dev.pacesetter.content.SalesRole;

import java.time.Instant;
import java.util.List;

/** Coaching plans in every state, driven there through the lifecycle itself. */
final class Plans {

    static final Instant T0 = Instant.parse("2025-06-09T09:00:00Z");
    static final long REP = 7;
    static final long MANAGER = 3;

    private Plans() {
    }

    /** A DRAFT for an AE with three gaps: 9 activities over 6 weeks, each week closed by a check-in. */
    static CoachingPlan draft() {
        GeneratedPlan generated = PlanGeneratorTest.plan(SalesRole.AE, PlanGeneratorTest.AE_PROFILE,
                PlanSettings.DEFAULT);
        return CoachingPlan.draft(100, MANAGER, generated);
    }

    static CoachingPlan assigned() {
        return PlanLifecycle.assign(draft(), T0).plan();
    }

    static CoachingPlan inProgress() {
        return PlanLifecycle.start(assigned(), T0.plusSeconds(60)).plan();
    }

    /** IN_PROGRESS with every activity verified and every check-in held: ready to complete. */
    static CoachingPlan allVerified() {
        CoachingPlan p = inProgress();
        for (TrackedItem i : p.items()) {
            p = ItemLifecycle.markDone(p, i.sequence(), "did it", T0.plusSeconds(3600)).plan();
            if (i.item().isActivity()) {
                p = ItemLifecycle.verify(p, i.sequence(), MANAGER, T0.plusSeconds(7200)).plan();
            }
        }
        return p;
    }

    static CoachingPlan inState(String name) {
        return switch (name) {
            case "DRAFT" -> draft();
            case "ASSIGNED" -> assigned();
            case "IN_PROGRESS" -> inProgress();
            case "IN_PROGRESS_ALL_VERIFIED" -> allVerified();
            case "PAUSED_FROM_ASSIGNED" -> PlanLifecycle.pause(assigned(), "leave", T0).plan();
            case "PAUSED_FROM_IN_PROGRESS" -> PlanLifecycle.pause(inProgress(), "quarter end", T0).plan();
            case "COMPLETED" -> PlanLifecycle.complete(allVerified(), T0.plusSeconds(9000)).plan();
            case "ABANDONED" -> PlanLifecycle.abandon(draft(), "rep left", T0).plan();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static List<Integer> activitySequences(CoachingPlan plan) {
        return plan.items().stream().filter(i -> i.item().isActivity()).map(TrackedItem::sequence).toList();
    }
}
