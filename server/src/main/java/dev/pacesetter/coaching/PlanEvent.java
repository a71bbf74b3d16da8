package dev.pacesetter.coaching;

import java.time.Instant;

/**
 * Something that happened to a plan: what the service stores in history, turns into nudges through the
 * outbox, and hands to {@code CoachingPoints} for points.
 *
 * @param planId        the plan
 * @param repId         whose plan it is
 * @param managerId     the plan's manager
 * @param type          what happened
 * @param itemSequence  the item it concerns; 0 for plan-level events
 * @param at            when
 * @param detail        the evidence, the reason, or empty
 */
public record PlanEvent(long planId, long repId, long managerId, Type type, int itemSequence, Instant at,
                        String detail) {

    /** What happened. */
    public enum Type {
        ASSIGNED, STARTED, PAUSED, RESUMED, COMPLETED, ABANDONED, ITEM_DONE, ITEM_VERIFIED, ITEM_SENT_BACK;

        public boolean aboutItem() {
            return this == ITEM_DONE || this == ITEM_VERIFIED || this == ITEM_SENT_BACK;
        }
    }

    public PlanEvent {
        Checks.present(type, "type");
        Checks.present(at, "at");
        Checks.present(detail, "detail");
        Checks.require(type.aboutItem() == (itemSequence > 0), "itemSequence",
                type.aboutItem() ? "is required for " + type : "must be 0 for " + type);
    }
}
