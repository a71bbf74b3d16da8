package dev.pacesetter.coaching.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacesetter.client.api.ActivitiesApi;
import dev.pacesetter.client.api.CoachingApi;
import dev.pacesetter.client.api.NudgesApi;
import dev.pacesetter.client.model.Activity;
import dev.pacesetter.client.model.CoachingItem;
import dev.pacesetter.client.model.CoachingItemAction;
import dev.pacesetter.client.model.CoachingItemActionRequest;
import dev.pacesetter.client.model.CoachingItemKind;
import dev.pacesetter.client.model.CoachingItemState;
import dev.pacesetter.client.model.CoachingPlanAction;
import dev.pacesetter.client.model.CoachingPlanActionRequest;
import dev.pacesetter.client.model.CoachingPlanEdit;
import dev.pacesetter.client.model.CoachingPlanEditAction;
import dev.pacesetter.client.model.CoachingPlanState;
import dev.pacesetter.client.model.CoachingPlanView;
import dev.pacesetter.client.model.NewCoachingPlan;
import dev.pacesetter.client.model.NewSkillRating;
import dev.pacesetter.client.model.RatingSource;
import dev.pacesetter.client.model.RepGapReport;
import dev.pacesetter.client.model.RepProficiency;
import dev.pacesetter.client.model.SignalStatus;
import dev.pacesetter.client.model.SkillRating;
import dev.pacesetter.client.model.TeamSkillHeatmap;
import dev.pacesetter.identity.IdentityAdmin;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.testing.Problems;
import dev.pacesetter.testing.TestOrg;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ratings, gaps, heatmaps and the plan workflow through the generated client, with role scoping. */
class CoachingIT {
    private static TestOrg org;
    private static UserView rep;
    private static UserView otherManager;

    @BeforeAll
    static void setUp() throws Exception {
        org = TestOrg.create(5);
        rep = org.reps.getFirst();
        // A manager of another team in the same organisation: may not see or coach this team's reps.
        otherManager = CDI.current().select(IdentityAdmin.class).get().createUser(org.org.id(),
                new dev.pacesetter.api.model.NewUser().email("other-manager@example.com").displayName("Other Manager")
                        .roles(List.of(dev.pacesetter.api.model.Role.MANAGER)).timeZone("America/New_York")
                        .locale("en-US"));
        CoachingApi manager = api(org.manager);
        for (String[] r : new String[][] {{"discovery", "1"}, {"closing", "2"}, {"objection-handling", "2"}}) {
            manager.rateSkill(rep.id(), new NewSkillRating().skillId(r[0]).level(Integer.parseInt(r[1]))
                    .note("Heard it on three calls."), null);
        }
    }

    static CoachingApi api(UserView user) {
        return new CoachingApi(org.client(user));
    }

    @Test
    void managerRatingsBecomeRankedGapsWithTheirEvidence() throws Exception {
        RepGapReport gaps = api(org.manager).getRepGaps(rep.id());
        assertEquals("discovery", gaps.getGaps().getFirst().getSkillId(), "target 4 − 1, weight 0.15: the largest");
        assertEquals("3.0", gaps.getGaps().getFirst().getGap());
        assertEquals(1, gaps.getGaps().getFirst().getRank());
        assertTrue(gaps.getGaps().getFirst().getEvidence().getInputs().stream()
                .anyMatch(i -> i.getUsed() && i.getLabel().equals("manager rating")));
        assertTrue(gaps.getUnknown().contains("presenting"), "no rating and no measurable signal: unknown");

        RepProficiency proficiency = api(rep).getRepProficiency(rep.id());
        assertFalse(proficiency.getSignals().isEmpty());
        assertTrue(proficiency.getSignals().stream().anyMatch(s -> s.getStatus() == SignalStatus.INSUFFICIENT
                && s.getMinEvents() > s.getEventCount()), "no activity: rates are insufficient, said, not guessed");
        assertTrue(proficiency.getSignals().stream().filter(s -> s.getStatus() == SignalStatus.NOT_AVAILABLE)
                .allMatch(s -> !s.getReason().isBlank()));
    }

    @Test
    void repSelfRatesAndEveryoneAllowedSeesTheRatings() throws Exception {
        SkillRating self = api(rep).rateSkill(rep.id(), new NewSkillRating().skillId("negotiation").level(3), null);
        assertEquals(RatingSource.SELF, self.getSource());
        List<SkillRating> ratings = api(org.manager).listSkillRatings(rep.id()).getItems();
        assertEquals(self.getId(), ratings.getFirst().getId(), "newest first");
        assertTrue(ratings.stream().anyMatch(r -> r.getSource() == RatingSource.MANAGER));
    }

    @Test
    void invalidRatingsNameEveryField() {
        JsonNode problem = Problems.expect(422, () -> api(org.manager).rateSkill(rep.id(),
                new NewSkillRating().skillId("juggling").level(7), null));
        assertTrue(Problems.names(problem, "skillId", null), problem::toString);
        assertTrue(Problems.names(problem, "level", null), problem::toString);
        JsonNode weeks = Problems.expect(422, () -> api(org.manager).generateCoachingPlan(rep.id(), null,
                new NewCoachingPlan().weeks(40)));
        assertTrue(Problems.names(weeks, "weeks", null), weeks::toString);
    }

    @Test
    void anotherTeamsManagerCannotSeeOrCoachTheRep() {
        Problems.expect(404, () -> api(otherManager).getRepGaps(rep.id()));
        Problems.expect(404, () -> api(otherManager).generateCoachingPlan(rep.id(), null, null));
        Problems.expect(403, () -> api(otherManager).getTeamHeatmap(org.team.id()));
        Problems.expect(403, () -> api(rep).generateCoachingPlan(rep.id(), null, null));
        Problems.expect(403, () -> api(rep).getTeamHeatmap(org.team.id()));
    }

    @Test
    void theTeamsManagerSeesTheHeatmap() throws Exception {
        TeamSkillHeatmap map = api(org.manager).getTeamHeatmap(org.team.id());
        assertEquals(5, map.getRows().size());
        int discovery = map.getSkillIds().indexOf("discovery");
        assertEquals("GAP", map.getRows().stream().filter(r -> r.getRepId() == rep.id()).findFirst().orElseThrow()
                .getCells().get(discovery).getStatus().getValue());
        assertEquals(1, map.getColumns().get(discovery).getWithGap());
    }

    @Test
    void aDraftIsEditedThenAssignedWorkedVerifiedAndCompletedEarningPoints() throws Exception {
        String key = UUID.randomUUID().toString();
        NewCoachingPlan settings = new NewCoachingPlan().topGaps(1).weeks(8).weeklyCapacityMinutes(90);
        CoachingPlanView draft = api(org.manager).generateCoachingPlan(rep.id(), key, settings);
        assertEquals(draft.getId(), api(org.manager).generateCoachingPlan(rep.id(), key, settings).getId(),
                "a retry with the same key creates nothing new");
        assertEquals(CoachingPlanState.DRAFT, draft.getState());
        assertEquals(List.of("discovery"), draft.getTargetedSkills());
        assertTrue(draft.getItems().stream().allMatch(i -> !i.getWhy().isBlank()));
        Problems.expect(404, () -> api(rep).getCoachingPlan(draft.getId()));

        int last = draft.getItems().size();
        CoachingPlanView moved = api(org.manager).editCoachingPlan(draft.getId(),
                new CoachingPlanEdit().action(CoachingPlanEditAction.MOVE).sequence(last).position(1));
        assertEquals(draft.getItems().getLast().getTitle(), moved.getItems().getFirst().getTitle());
        CoachingPlanView removed = api(org.manager).editCoachingPlan(draft.getId(),
                new CoachingPlanEdit().action(CoachingPlanEditAction.REMOVE).sequence(1));
        assertEquals(last - 1, removed.getItems().size());
        assertEquals(1, removed.getItems().getFirst().getSequence(), "renumbered");
        JsonNode noActivity = Problems.expect(422, () -> api(org.manager).editCoachingPlan(draft.getId(),
                new CoachingPlanEdit().action(CoachingPlanEditAction.ADD).activityId("no-such-activity")));
        assertTrue(Problems.names(noActivity, "activityId", null), noActivity::toString);

        CoachingPlanView assigned = act(org.manager, draft.getId(), CoachingPlanAction.ASSIGN, null);
        assertEquals(CoachingPlanState.ASSIGNED, assigned.getState());
        assertEquals(assigned.getId(), api(rep).getCoachingPlan(draft.getId()).getId(), "the rep sees it now");
        JsonNode edit = Problems.expect(409, () -> api(org.manager).editCoachingPlan(draft.getId(),
                new CoachingPlanEdit().action(CoachingPlanEditAction.REMOVE).sequence(1)));
        assertTrue(Problems.names(edit, "state", null), edit::toString);
        assertTrue(new NudgesApi(org.client(org.admin)).listNudgeDeliveries(null, 200, rep.id(), null).getItems()
                .stream().anyMatch(n -> n.getKind().equals("COACHING_PLAN_ASSIGNED")));

        List<CoachingItem> activities = assigned.getItems().stream()
                .filter(i -> i.getKind() == CoachingItemKind.ACTIVITY).toList();
        int first = activities.getFirst().getSequence();
        CoachingPlanView started = item(rep, draft.getId(), first, new CoachingItemActionRequest()
                .action(CoachingItemAction.DONE).note("Ran it with my manager").link("https://calls.example.com/1"));
        assertEquals(CoachingPlanState.IN_PROGRESS, started.getState(), "the first done item starts the plan");
        Problems.expect(403, () -> item(rep, draft.getId(), first,
                new CoachingItemActionRequest().action(CoachingItemAction.VERIFY)));
        Problems.expect(404, () -> item(otherManager, draft.getId(), first,
                new CoachingItemActionRequest().action(CoachingItemAction.VERIFY)));

        item(org.manager, draft.getId(), first, new CoachingItemActionRequest().action(CoachingItemAction.VERIFY));
        JsonNode twice = Problems.expect(409, () -> item(org.manager, draft.getId(), first,
                new CoachingItemActionRequest().action(CoachingItemAction.VERIFY)));
        assertTrue(Problems.names(twice, "items[" + first + "]", null), twice::toString);
        List<Activity> points = coachingActivities("COACHING_ITEM_COMPLETED");
        assertEquals(1, points.size(), "one ledger entry per verified item");
        assertEquals("plan-" + draft.getId() + "-item-" + first, points.getFirst().getExternalId());
        assertEquals(20, points.getFirst().getPointsDelta());

        JsonNode early = Problems.expect(409, () -> act(org.manager, draft.getId(), CoachingPlanAction.COMPLETE, null));
        assertTrue(Problems.names(early, "items", null), early::toString);

        int second = activities.get(1).getSequence();
        item(rep, draft.getId(), second, new CoachingItemActionRequest().action(CoachingItemAction.DONE));
        CoachingPlanView back = item(org.manager, draft.getId(), second, new CoachingItemActionRequest()
                .action(CoachingItemAction.SEND_BACK).reason("Add the recording, please."));
        assertEquals(CoachingItemState.SENT_BACK, back.getItems().stream()
                .filter(i -> i.getSequence() == second).findFirst().orElseThrow().getState());

        for (CoachingItem a : activities.subList(1, activities.size())) {
            item(rep, draft.getId(), a.getSequence(), new CoachingItemActionRequest().action(CoachingItemAction.DONE)
                    .note("Done"));
            item(org.manager, draft.getId(), a.getSequence(),
                    new CoachingItemActionRequest().action(CoachingItemAction.VERIFY));
        }
        CoachingPlanView done = act(org.manager, draft.getId(), CoachingPlanAction.COMPLETE, null);
        assertEquals(CoachingPlanState.COMPLETED, done.getState());
        assertEquals(100, done.getProgressPercent());
        assertEquals(1, coachingActivities("COACHING_PLAN_COMPLETED").size());
        assertEquals(activities.size(), coachingActivities("COACHING_ITEM_COMPLETED").size());
    }

    @Test
    void aRepWithoutKnownGapsGetsAnEmptyDraftThatCannotBeAssigned() throws Exception {
        CoachingPlanView plan = api(org.manager).generateCoachingPlan(org.reps.get(1).id(), null, null);
        assertTrue(plan.getItems().isEmpty());
        assertFalse(plan.getNotes().isEmpty(), "the notes say why: nothing is assessed");
        JsonNode empty = Problems.expect(409, () -> act(org.manager, plan.getId(), CoachingPlanAction.ASSIGN, null));
        assertTrue(Problems.names(empty, "items", null), empty::toString);
    }

    @Test
    void aPlanCanBePausedResumedAndAbandoned() throws Exception {
        CoachingPlanView plan = api(org.manager).generateCoachingPlan(rep.id(), null, new NewCoachingPlan().topGaps(2));
        act(org.manager, plan.getId(), CoachingPlanAction.ASSIGN, null);
        JsonNode noReason = Problems.expect(422, () -> act(org.manager, plan.getId(), CoachingPlanAction.PAUSE, null));
        assertTrue(Problems.names(noReason, "reason", null), noReason::toString);
        assertEquals(CoachingPlanState.PAUSED,
                act(org.manager, plan.getId(), CoachingPlanAction.PAUSE, "Quarter-end push").getState());
        int first = plan.getItems().getFirst().getSequence();
        JsonNode paused = Problems.expect(409, () -> item(rep, plan.getId(), first,
                new CoachingItemActionRequest().action(CoachingItemAction.DONE)));
        assertTrue(paused.path("detail").asText().contains("PAUSED"), paused::toString);
        assertEquals(CoachingPlanState.ASSIGNED, act(org.manager, plan.getId(), CoachingPlanAction.RESUME, null).getState());
        assertEquals(CoachingPlanState.ABANDONED,
                act(org.manager, plan.getId(), CoachingPlanAction.ABANDON, "Moved to another team").getState());
        Problems.expect(409, () -> act(org.manager, plan.getId(), CoachingPlanAction.RESUME, null));
        assertTrue(api(rep).listCoachingPlans(null, CoachingPlanState.ABANDONED).getItems().stream()
                .anyMatch(p -> p.getId().equals(plan.getId())));
        assertNotEquals(0, api(org.manager).listCoachingPlans(rep.id(), null).getItems().size());
    }

    private static CoachingPlanView act(UserView who, long planId, CoachingPlanAction action, String reason)
            throws Exception {
        return api(who).actOnCoachingPlan(planId, new CoachingPlanActionRequest().action(action).reason(reason));
    }

    private static CoachingPlanView item(UserView who, long planId, int sequence, CoachingItemActionRequest request)
            throws Exception {
        return api(who).actOnCoachingItem(planId, sequence, request);
    }

    private static List<Activity> coachingActivities(String type) throws Exception {
        return new ActivitiesApi(org.client(org.admin)).listActivities(null, 200, rep.id(), type, null, null)
                .getItems();
    }
}
