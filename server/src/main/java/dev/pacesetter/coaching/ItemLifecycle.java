package dev.pacesetter.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Item-level moves (see {@link ItemState}). Items move only while the plan is ASSIGNED or IN_PROGRESS;
 * marking an item done in an ASSIGNED plan starts it. Refusals throw {@link CoachingRuleException} on
 * field {@code items[n]} or {@code state}.
 */
final class ItemLifecycle {

    private ItemLifecycle() {
    }

    /** TODO or SENT_BACK → DONE, with what was done. A check-in is marked done once held. */
    static PlanChange markDone(CoachingPlan plan, int sequence, String evidence, Instant at) {
        Checks.text(evidence, "evidence");
        Checks.present(at, "at");
        requireWorkable(plan, "mark an item done in");
        List<PlanEvent> events = new ArrayList<>();
        CoachingPlan current = plan;
        if (plan.state() == PlanState.ASSIGNED) {
            PlanChange started = PlanLifecycle.start(plan, at);
            current = started.plan();
            events.addAll(started.events());
        }
        TrackedItem item = require(current, sequence, ItemState.DONE, "mark done");
        TrackedItem done = new TrackedItem(item.item(), ItemState.DONE, Optional.of(evidence), Optional.empty(),
                Optional.of(at), Optional.empty());
        CoachingPlan next = replace(current, done);
        events.add(next.event(PlanEvent.Type.ITEM_DONE, sequence, at, evidence));
        return new PlanChange(next, events);
    }

    /** DONE → VERIFIED, by someone other than the rep. */
    static PlanChange verify(CoachingPlan plan, int sequence, long verifierId, Instant at) {
        Checks.present(at, "at");
        requireWorkable(plan, "verify an item of");
        Checks.require(verifierId != plan.repId(), "verifierId", "a rep cannot verify their own item");
        TrackedItem item = require(plan, sequence, ItemState.VERIFIED, "verify");
        TrackedItem verified = new TrackedItem(item.item(), ItemState.VERIFIED, item.evidence(), Optional.empty(),
                item.doneAt(), Optional.of(at));
        CoachingPlan next = replace(plan, verified);
        return new PlanChange(next, List.of(next.event(PlanEvent.Type.ITEM_VERIFIED, sequence, at, "")));
    }

    /** DONE → SENT_BACK, with what is missing. The evidence stays for reference. */
    static PlanChange sendBack(CoachingPlan plan, int sequence, String reason, Instant at) {
        Checks.text(reason, "reason");
        Checks.present(at, "at");
        requireWorkable(plan, "send back an item of");
        TrackedItem item = require(plan, sequence, ItemState.SENT_BACK, "send back");
        TrackedItem back = new TrackedItem(item.item(), ItemState.SENT_BACK, item.evidence(), Optional.of(reason),
                item.doneAt(), Optional.empty());
        CoachingPlan next = replace(plan, back);
        return new PlanChange(next, List.of(next.event(PlanEvent.Type.ITEM_SENT_BACK, sequence, at, reason)));
    }

    private static void requireWorkable(CoachingPlan plan, String action) {
        PlanState s = plan.state();
        Checks.require(s == PlanState.ASSIGNED || s == PlanState.IN_PROGRESS, "state", "cannot " + action + " plan "
                + plan.planId() + " while it is " + s + "; it must be ASSIGNED or IN_PROGRESS"
                + (s == PlanState.PAUSED ? " (resume it first)" : ""));
    }

    private static TrackedItem require(CoachingPlan plan, int sequence, ItemState target, String action) {
        TrackedItem item = plan.item(sequence);
        String field = "items[" + sequence + "]";
        if (!item.item().isActivity()) {
            Checks.require(target == ItemState.DONE, field, "a check-in is held, not verified or sent back");
            Checks.require(item.state() == ItemState.TODO, field, "the check-in is already DONE");
            return item;
        }
        Checks.require(item.state().next().contains(target), field, "cannot " + action + " an item that is "
                + item.state() + (target == ItemState.DONE ? "" : "; it must be DONE first"));
        return item;
    }

    private static CoachingPlan replace(CoachingPlan plan, TrackedItem item) {
        return plan.withItems(plan.items().stream().map(i -> i.sequence() == item.sequence() ? item : i).toList());
    }
}
