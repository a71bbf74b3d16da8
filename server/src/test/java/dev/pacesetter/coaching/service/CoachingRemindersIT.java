package dev.pacesetter.coaching.service;

import dev.pacesetter.client.api.CoachingApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.CoachingItem;
import dev.pacesetter.client.model.CoachingItemKind;
import dev.pacesetter.client.model.CoachingPlanAction;
import dev.pacesetter.client.model.CoachingPlanActionRequest;
import dev.pacesetter.client.model.CoachingPlanEdit;
import dev.pacesetter.client.model.CoachingPlanEditAction;
import dev.pacesetter.client.model.CoachingPlanView;
import dev.pacesetter.client.model.NewCoachingPlan;
import dev.pacesetter.client.model.NewSkillRating;
import dev.pacesetter.client.model.NudgeDelivery;
import dev.pacesetter.nudges.CoachingDue;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Due-tomorrow and overdue reminders: once per item and due day, however often the job runs. */
class CoachingRemindersIT {

    @Test
    void eachOpenActivityIsRemindedOnceWhenDueTomorrowAndOnceWhenOverdue() throws Exception {
        TestOrg org = TestOrg.create(1);
        long rep = org.reps.getFirst().id();
        CoachingApi manager = new CoachingApi(org.client(org.manager));
        manager.rateSkill(rep, new NewSkillRating().skillId("discovery").level(1), null);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("America/New_York"));
        CoachingPlanView plan = manager.generateCoachingPlan(rep, null,
                new NewCoachingPlan().topGaps(1).startsOn(today.minusDays(7)));
        List<CoachingItem> activities = plan.getItems().stream()
                .filter(i -> i.getKind() == CoachingItemKind.ACTIVITY).toList();
        // Everything due far ahead, then one item overdue and one due tomorrow.
        for (CoachingItem item : plan.getItems()) {
            redate(manager, plan.getId(), item.getSequence(), today.plusDays(20));
        }
        redate(manager, plan.getId(), activities.get(0).getSequence(), today.minusDays(1));
        redate(manager, plan.getId(), activities.get(1).getSequence(), today.plusDays(1));
        manager.actOnCoachingPlan(plan.getId(), new CoachingPlanActionRequest().action(CoachingPlanAction.ASSIGN));

        // The morning digest's "coaching due this week" counts the same open items: overdue and tomorrow's.
        CoachingDue due = CDI.current().select(CoachingDue.class).get();
        assertEquals(2, due.openDueBy(org.org.id(), rep, today.plusDays(6)));
        assertEquals(0, due.openDueBy(org.org.id(), org.reps.getFirst().id() + 1_000_000, today.plusDays(6)));

        CoachingReminders job = CDI.current().select(CoachingReminders.class).get();
        job.run(now);
        job.run(now);

        List<NudgeDelivery> nudges = new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, rep, null)
                .getItems();
        assertEquals(1, nudges.stream().filter(n -> n.getKind().equals("COACHING_ITEM_OVERDUE")).count());
        assertEquals(1, nudges.stream().filter(n -> n.getKind().equals("COACHING_ITEM_DUE_TOMORROW")).count());
    }

    private static void redate(CoachingApi api, long planId, int sequence, LocalDate due) throws Exception {
        api.editCoachingPlan(planId, new CoachingPlanEdit().action(CoachingPlanEditAction.REDATE).sequence(sequence)
                .dueOn(due));
    }
}
