package dev.pacesetter.coaching.service;

import dev.pacesetter.api.CoachingApi;
import dev.pacesetter.api.model.CoachingItemActionRequest;
import dev.pacesetter.api.model.CoachingPlanActionRequest;
import dev.pacesetter.api.model.CoachingPlanEdit;
import dev.pacesetter.api.model.CoachingPlanList;
import dev.pacesetter.api.model.CoachingPlanState;
import dev.pacesetter.api.model.NewCoachingPlan;
import dev.pacesetter.api.model.NewSkillRating;
import dev.pacesetter.api.model.SkillRatingList;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.platform.AuthFilter;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Idempotency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.net.URI;

/**
 * Coaching over HTTP: ratings, proficiency, gaps, heatmaps and plans.
 * {@code curl -H "Authorization: Bearer $TOKEN" localhost:8080/v1/coaching/reps/4/gaps}
 */
@RequestScoped
public class CoachingResource implements CoachingApi {

    @Context
    SecurityContext security;

    @Inject
    CoachingEngine engine;

    @Inject
    RatingService ratings;

    @Inject
    AssessmentService assessments;

    @Inject
    PlanService plans;

    @Inject
    PlanQueries queries;

    @Inject
    EffectivenessService effectiveness;

    @Inject
    Idempotency idempotency;

    @Override
    public Response rateSkill(Long repId, NewSkillRating newSkillRating, String idempotencyKey) {
        Caller caller = AuthFilter.caller(security);
        return idempotency.once(caller, idempotencyKey, newSkillRating, () -> {
            RatingRow row = ratings.rate(caller, repId, newSkillRating);
            return new Idempotency.Created(201, AssessmentViews.rating(row), null);
        });
    }

    @Override
    public Response listSkillRatings(Long repId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(new SkillRatingList().items(ratings.ratings(caller, repId).stream()
                .map(AssessmentViews::rating).toList())).build();
    }

    @Override
    public Response getRepProficiency(Long repId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(AssessmentViews.proficiency(engine, assessments.rep(caller, repId))).build();
    }

    @Override
    public Response getRepGaps(Long repId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(AssessmentViews.gaps(assessments.rep(caller, repId))).build();
    }

    @Override
    public Response getTeamHeatmap(Long teamId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(AssessmentViews.heatmap(engine, assessments.heatmap(caller, teamId))).build();
    }

    @Override
    public Response generateCoachingPlan(Long repId, String idempotencyKey, NewCoachingPlan newCoachingPlan) {
        Caller caller = AuthFilter.caller(security);
        return idempotency.once(caller, idempotencyKey, newCoachingPlan, () -> {
            PlanService.Loaded plan = plans.generate(caller, repId, newCoachingPlan);
            return new Idempotency.Created(201, PlanViews.full(engine, plan),
                    URI.create("/v1/coaching/plans/" + plan.row().id));
        });
    }

    @Override
    public Response listCoachingPlans(Long repId, CoachingPlanState state) {
        Caller caller = AuthFilter.caller(security);
        CoachingPlanList out = new CoachingPlanList().items(queries.list(caller, repId, state == null ? null : state.name())
                .stream().map(p -> PlanViews.summary(p, queries.items(p))).toList());
        return Response.ok(out).build();
    }

    @Override
    public Response getCoachingPlan(Long planId) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(PlanViews.full(engine, plans.get(caller, planId))).build();
    }

    @Override
    public Response editCoachingPlan(Long planId, CoachingPlanEdit coachingPlanEdit) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(PlanViews.full(engine, plans.edit(caller, planId, coachingPlanEdit))).build();
    }

    @Override
    public Response actOnCoachingPlan(Long planId, CoachingPlanActionRequest request) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(PlanViews.full(engine, plans.act(caller, planId, request))).build();
    }

    @Override
    public Response actOnCoachingItem(Long planId, Integer sequence, CoachingItemActionRequest request) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(PlanViews.full(engine, plans.actOnItem(caller, planId, sequence, request))).build();
    }

    @Override
    public Response getCoachingEffectiveness(Integer windowDays) {
        Caller caller = AuthFilter.caller(security);
        return Response.ok(effectiveness.report(caller, windowDays)).build();
    }
}
