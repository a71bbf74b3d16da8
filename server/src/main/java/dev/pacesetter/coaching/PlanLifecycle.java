package dev.pacesetter.coaching;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plan-level moves of the state machine in {@link PlanState}. Each returns the new plan and its event;
 * a move the machine does not allow throws {@link CoachingRuleException} on field {@code state} naming
 * the move, the current state and what it would need.
 */
final class PlanLifecycle {

    private PlanLifecycle() {
    }

    /** DRAFT → ASSIGNED; a plan without activities has nothing to assign. */
    static PlanChange assign(CoachingPlan plan, Instant at) {
        require(plan, "assign", PlanState.ASSIGNED);
        Checks.require(plan.items().stream().anyMatch(i -> i.item().isActivity()), "items",
                "a plan without activities cannot be assigned");
        return change(plan.with(PlanState.ASSIGNED, Optional.empty(), Optional.empty(), Optional.empty()),
                PlanEvent.Type.ASSIGNED, at, "");
    }

    /** ASSIGNED → IN_PROGRESS. Marking the first item done does this implicitly. */
    static PlanChange start(CoachingPlan plan, Instant at) {
        require(plan, "start", PlanState.IN_PROGRESS);
        return change(plan.with(PlanState.IN_PROGRESS, Optional.empty(), Optional.of(at), Optional.empty()),
                PlanEvent.Type.STARTED, at, "");
    }

    /** ASSIGNED or IN_PROGRESS → PAUSED, remembering which. */
    static PlanChange pause(CoachingPlan plan, String reason, Instant at) {
        require(plan, "pause", PlanState.PAUSED);
        Checks.text(reason, "reason");
        return change(plan.with(PlanState.PAUSED, Optional.of(plan.state()), plan.startedAt(), Optional.empty()),
                PlanEvent.Type.PAUSED, at, reason);
    }

    /** PAUSED → the state it was paused from. */
    static PlanChange resume(CoachingPlan plan, Instant at) {
        PlanState back = plan.pausedFrom().orElseThrow(() -> refused(plan, "resume", "PAUSED"));
        return change(plan.with(back, Optional.empty(), plan.startedAt(), Optional.empty()),
                PlanEvent.Type.RESUMED, at, "");
    }

    /** IN_PROGRESS → COMPLETED, once every activity is verified. */
    static PlanChange complete(CoachingPlan plan, Instant at) {
        require(plan, "complete", PlanState.COMPLETED);
        List<Integer> open = plan.items().stream().filter(i -> i.item().isActivity())
                .filter(i -> i.state() != ItemState.VERIFIED).map(TrackedItem::sequence).toList();
        Checks.require(open.isEmpty(), "items", open.size() + " activities are not verified yet: items "
                + open.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return change(plan.with(PlanState.COMPLETED, Optional.empty(), plan.startedAt(), Optional.of(at)),
                PlanEvent.Type.COMPLETED, at, "");
    }

    /** Any non-terminal state → ABANDONED, with the reason. */
    static PlanChange abandon(CoachingPlan plan, String reason, Instant at) {
        require(plan, "abandon", PlanState.ABANDONED);
        Checks.text(reason, "reason");
        return change(plan.with(PlanState.ABANDONED, Optional.empty(), plan.startedAt(), Optional.of(at)),
                PlanEvent.Type.ABANDONED, at, reason);
    }

    private static void require(CoachingPlan plan, String action, PlanState target) {
        if (!allowed(plan.state(), target)) {
            String from = Arrays.stream(PlanState.values()).filter(s -> allowed(s, target)).map(Enum::name)
                    .collect(Collectors.joining(" or "));
            throw refused(plan, action, from);
        }
    }

    /** From PAUSED the only moves are back where it came from ({@link #resume}) and abandoning. */
    static boolean allowed(PlanState from, PlanState to) {
        return from.next().contains(to) && (from != PlanState.PAUSED || to == PlanState.ABANDONED);
    }

    private static CoachingRuleException refused(CoachingPlan plan, String action, String needs) {
        return new CoachingRuleException("state", "cannot " + action + " plan " + plan.planId() + " while it is "
                + plan.state() + (needs.isEmpty() ? "" : "; it must be " + needs)
                + (plan.state() == PlanState.PAUSED ? " (resume it first)" : ""));
    }

    static PlanChange change(CoachingPlan plan, PlanEvent.Type type, Instant at, String detail) {
        Checks.present(at, "at");
        return new PlanChange(plan, List.of(plan.event(type, 0, at, detail)));
    }
}
