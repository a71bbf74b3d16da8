package dev.pacesetter.coaching.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.api.model.CoachingEffectiveness;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CoachingApi;
import dev.pacesetter.client.model.ActivityBatch;
import dev.pacesetter.client.model.ActivityInput;
import dev.pacesetter.client.model.CoachingItem;
import dev.pacesetter.client.model.CoachingItemAction;
import dev.pacesetter.client.model.CoachingItemActionRequest;
import dev.pacesetter.client.model.CoachingItemKind;
import dev.pacesetter.client.model.CoachingPlanAction;
import dev.pacesetter.client.model.CoachingPlanActionRequest;
import dev.pacesetter.client.model.CoachingPlanView;
import dev.pacesetter.client.model.NewCoachingPlan;
import dev.pacesetter.client.model.NewSkillRating;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completed plans are pending until their after-window ends, then measured before vs after. */
class EffectivenessIT {

    @Test
    void aCompletedPlanIsPendingThenMeasuredOnItsTargetedSkillsSignals() throws Exception {
        TestOrg org = TestOrg.create(1);
        long rep = org.reps.getFirst().id();
        List<ActivityInput> before = new ArrayList<>();
        OffsetDateTime twoDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        for (int i = 0; i < 16; i++) { // meeting-to-opportunity-rate needs 15 meetings to be measured
            before.add(new ActivityInput().source("crm").externalId("m-" + UUID.randomUUID()).type("MEETING_BOOKED")
                    .userId(rep).occurredAt(twoDaysAgo.plusMinutes(i)));
        }
        new ActivitiesApi(org.client(org.integration)).ingestActivities(new ActivityBatch().activities(before), null);

        CoachingApi manager = new CoachingApi(org.client(org.manager));
        manager.rateSkill(rep, new NewSkillRating().skillId("discovery").level(2), null);
        CoachingPlanView plan = manager.generateCoachingPlan(rep, null, new NewCoachingPlan().topGaps(1));
        manager.actOnCoachingPlan(plan.getId(), new CoachingPlanActionRequest().action(CoachingPlanAction.ASSIGN));
        CoachingApi self = new CoachingApi(org.client(org.reps.getFirst()));
        for (CoachingItem item : plan.getItems()) {
            if (item.getKind() == CoachingItemKind.ACTIVITY) {
                self.actOnCoachingItem(plan.getId(), item.getSequence(),
                        new CoachingItemActionRequest().action(CoachingItemAction.DONE));
                manager.actOnCoachingItem(plan.getId(), item.getSequence(),
                        new CoachingItemActionRequest().action(CoachingItemAction.VERIFY));
            }
        }
        manager.actOnCoachingPlan(plan.getId(), new CoachingPlanActionRequest().action(CoachingPlanAction.COMPLETE));

        assertEquals(List.of(plan.getId()), manager.getCoachingEffectiveness(7).getPending());
        Problems.expect(403, () -> self.getCoachingEffectiveness(null));
        JsonNode window = Problems.expect(422, () -> manager.getCoachingEffectiveness(3));
        assertTrue(Problems.names(window, "windowDays", null), window::toString);

        // Eight days on, the seven-day after-window has ended: the plan is measured.
        EffectivenessService later = new EffectivenessService();
        later.engine = CDI.current().select(CoachingEngine.class).get();
        later.store = CDI.current().select(CoachingStore.class).get();
        later.facts = CDI.current().select(LedgerFacts.class).get();
        later.identity = CDI.current().select(IdentityService.class).get();
        later.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(8));
        CoachingEffectiveness report = later.report(
                new Caller(org.org.id(), org.manager.id(), EnumSet.of(Role.MANAGER), null), 7);
        assertEquals(List.of(), report.getPending());
        assertEquals(1, report.getPlans().size());
        assertEquals(plan.getId(), report.getPlans().getFirst().getPlanId());
        assertTrue(report.getPlans().getFirst().getChanges().stream().allMatch(c -> c.getSkillId().equals("discovery")));
        assertTrue(report.getPlans().getFirst().getChanges().stream().anyMatch(c -> c.getBefore() != null),
                "the meetings before the plan are measured in the before-window");
    }
}
