package dev.pacesetter.coaching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.pacesetter.coaching.Plans.MANAGER;
import static dev.pacesetter.coaching.Plans.REP;
import static dev.pacesetter.coaching.Plans.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CoachingPointsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "ITEM_VERIFIED  | 4 | COACHING_ITEM_COMPLETED | 20  | plan-100-item-4",
            "COMPLETED      | 0 | COACHING_PLAN_COMPLETED | 100 | plan-100-completed",
            "ITEM_DONE      | 4 |                         | 0   |",
            "ITEM_SENT_BACK | 4 |                         | 0   |",
            "ASSIGNED       | 0 |                         | 0   |",
            "STARTED        | 0 |                         | 0   |",
            "PAUSED         | 0 |                         | 0   |",
            "RESUMED        | 0 |                         | 0   |",
            "ABANDONED      | 0 |                         | 0   |"})
    void onlyVerificationAndCompletionEarnPoints(PlanEvent.Type type, int item, String activityType, int points,
                                                 String externalId) {
        Optional<CoachingAward> award = CoachingPoints.award(new PlanEvent(100, REP, MANAGER, type, item, T0, ""));
        assertEquals(points == 0 ? Optional.empty()
                        : Optional.of(new CoachingAward(REP, activityType, "coaching", externalId, points, T0)),
                award);
    }

    /*
     * A whole plan, run through the lifecycle: 9 activities verified × 20 + completion 100 = 280 points;
     * the send-back and the re-done item earn nothing extra, and no check-in earns anything.
     */
    @Test
    void aCompletedPlanEarnsItsVerifiedActivitiesAndTheCompletionBonus() {
        CoachingPlan p = Plans.inProgress();
        List<PlanEvent> events = new ArrayList<>();
        PlanChange first = ItemLifecycle.markDone(p, 1, "first try", T0);
        events.addAll(first.events());
        p = first.plan();
        PlanChange back = ItemLifecycle.sendBack(p, 1, "record it", T0);
        events.addAll(back.events());
        p = back.plan();
        for (TrackedItem i : p.items()) {
            PlanChange done = ItemLifecycle.markDone(p, i.sequence(), "done", T0);
            events.addAll(done.events());
            p = done.plan();
            if (i.item().isActivity()) {
                PlanChange verified = ItemLifecycle.verify(p, i.sequence(), MANAGER, T0);
                events.addAll(verified.events());
                p = verified.plan();
            }
        }
        events.addAll(PlanLifecycle.complete(p, T0).events());
        int total = events.stream().map(CoachingPoints::award).flatMap(Optional::stream)
                .mapToInt(CoachingAward::points).sum();
        assertEquals(9 * 20 + 100, total);
    }
}
