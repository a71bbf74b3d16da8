package dev.pacesetter.coaching.service;

import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CoachingApi;
import dev.pacesetter.client.model.CoachingPlanState;
import dev.pacesetter.client.model.CoachingPlanView;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo coaching, seeded into a fresh organisation, reads back through the API. */
class CoachingDemoIT {

    @Test
    void demoCoachingHasRatingsGapsAndPlansInEveryState() throws Exception {
        TestOrg org = TestOrg.create(6);
        int made = CDI.current().select(CoachingDemo.class).get().seed(org.org.id());
        assertEquals(5, made);

        CoachingApi manager = new CoachingApi(org.client(org.manager));
        List<CoachingPlanView> plans = manager.listCoachingPlans(null, null).getItems();
        Set<CoachingPlanState> states = plans.stream().map(CoachingPlanView::getState).collect(Collectors.toSet());
        assertEquals(Set.of(CoachingPlanState.DRAFT, CoachingPlanState.IN_PROGRESS, CoachingPlanState.COMPLETED,
                CoachingPlanState.PAUSED, CoachingPlanState.ABANDONED), states);
        CoachingPlanView completed = plans.stream().filter(p -> p.getState() == CoachingPlanState.COMPLETED)
                .findFirst().orElseThrow();
        assertEquals(100, completed.getProgressPercent());

        long rep = org.reps.get(5).id();
        assertFalse(manager.getRepGaps(rep).getGaps().isEmpty(), "a rep without a plan still has rated gaps");
        assertFalse(manager.listSkillRatings(rep).getItems().isEmpty());
        assertTrue(new ActivitiesApi(org.client(org.admin)).listActivities(null, 200, null, "COACHING_PLAN_COMPLETED",
                null, null).getItems().size() == 1, "the completed plan earned its points");
    }
}
