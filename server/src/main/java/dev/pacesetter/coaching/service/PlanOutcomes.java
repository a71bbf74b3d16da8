package dev.pacesetter.coaching.service;

import dev.pacesetter.activity.LedgerService;
import dev.pacesetter.api.model.ActivityInput;
import dev.pacesetter.coaching.CoachingAward;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.PlanEvent;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * What plan events cause besides the plan's own rows, in the same transaction: points in the activity
 * ledger (so coaching counts on leaderboards and in contests) and nudges to the rep through the outbox.
 * The ledger is idempotent on (organisation, source, external id), and each award's external id is
 * stable per item or plan, so an event handled twice cannot pay twice.
 */
@ApplicationScoped
class PlanOutcomes {

    @Inject
    CoachingEngine engine;

    @Inject
    LedgerService ledger;

    @Inject
    NudgeOutbox outbox;

    @Inject
    IdentityService identity;

    /**
     * @param orgId   the plan's organisation
     * @param actorId who took the step (the manager's name goes into nudges)
     * @param row     the plan, for its title
     * @param items   the plan's item rows, for item titles and ids
     * @param events  what the step produced
     */
    void handle(long orgId, long actorId, PlanRow row, List<PlanItemRow> items, List<PlanEvent> events) {
        for (PlanEvent event : events) {
            engine.award(event).ifPresent(a -> credit(orgId, actorId, a));
            String actor = identity.user(orgId, actorId).displayName();
            switch (event.type()) {
                case ASSIGNED -> outbox.enqueue(NudgeOutbox.Nudge.of(orgId, event.repId(),
                        NudgeKind.COACHING_PLAN_ASSIGNED,
                        Map.of("managerName", actor, "planName", row.title, "planId", Long.toString(row.id))));
                case ITEM_VERIFIED, ITEM_SENT_BACK -> {
                    PlanItemRow item = items.stream().filter(i -> i.seq == event.itemSequence()).findFirst().orElseThrow();
                    outbox.enqueue(NudgeOutbox.Nudge.of(orgId, event.repId(),
                            event.type() == PlanEvent.Type.ITEM_VERIFIED ? NudgeKind.COACHING_ITEM_VERIFIED
                                    : NudgeKind.COACHING_ITEM_SENT_BACK,
                            Map.of("itemTitle", item.title, "managerName", actor, "itemId", Long.toString(item.id))));
                }
                default -> {
                    // Starting, pausing, resuming, finishing and the rep's own "done" tell nobody: the
                    // manager sees them on the plan, and the rep did them.
                }
            }
        }
    }

    /** Appends the award as a ledger activity, acting as the system for the organisation. */
    private void credit(long orgId, long actorId, CoachingAward award) {
        Caller system = new Caller(orgId, actorId, EnumSet.of(Role.INTEGRATION), null);
        ActivityInput input = new ActivityInput().source(award.source()).externalId(award.externalId())
                .type(award.activityType()).userId(award.repId())
                .occurredAt(award.occurredAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        ledger.ingest(system, List.of(input), true);
    }
}
