package dev.pacesetter.coaching.service;

import dev.pacesetter.api.model.CoachingItemAction;
import dev.pacesetter.api.model.CoachingItemActionRequest;
import dev.pacesetter.api.model.CoachingPlanAction;
import dev.pacesetter.api.model.CoachingPlanActionRequest;
import dev.pacesetter.api.model.NewCoachingPlan;
import dev.pacesetter.api.model.NewSkillRating;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.PlanItem;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.content.Skill;
import dev.pacesetter.demo.DemoSeeded;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.TeamView;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo organisation's coaching, through the same services as the HTTP API: each manager rates
 * every skill of each of their reps (some reps rate themselves too), so gaps and heatmaps show real
 * spread on top of the ledger's KPI signals; and each team gets plans in several states — a draft, one
 * in progress with work done and verified (points in the ledger), a completed one, a paused one and an
 * abandoned one.
 */
@ApplicationScoped
class CoachingDemo {
    private static final Logger LOG = Logger.getLogger(CoachingDemo.class.getName());

    /**
     * What the team's n-th rep's plan goes through; reps after these have gaps but no plan. In progress
     * first: the banner's demo rep is the first rep of the first team and should see a plan under way.
     */
    enum Story { IN_PROGRESS, DRAFT, COMPLETED, PAUSED, ABANDONED }

    @Inject
    CoachingEngine engine;

    @Inject
    RatingService ratings;

    @Inject
    PlanService plans;

    @Inject
    Assessor assessor;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    void onSeeded(@Observes DemoSeeded seeded) {
        try {
            int made = seed(seeded.orgId());
            LOG.info(() -> "Seeded demo coaching: " + made + " plans.");
        } catch (RuntimeException e) {
            // The demo is a convenience: a broken coaching demo must not stop the server from starting.
            LOG.log(Level.WARNING, "Demo coaching not seeded", e);
        }
    }

    /** Ratings for every rep on a team, plans for the first reps of each team; returns the plans made. */
    int seed(long orgId) {
        for (TeamView team : coachedTeams(orgId)) {
            Caller manager = manager(team);
            List<UserView> reps = reps(team);
            for (int i = 0; i < reps.size(); i++) {
                rate(manager, reps.get(i), i);
            }
        }
        // One assessment for every plan: ratings are all in, and the ledger does not change meanwhile.
        OrgAssessment assessed = assessor.assess(orgId, clock.instant(), null);
        int made = 0;
        for (TeamView team : coachedTeams(orgId)) {
            List<UserView> reps = reps(team);
            for (int i = 0; i < reps.size() && i < Story.values().length; i++) {
                plan(manager(team), reps.get(i), Story.values()[i], assessed);
                made++;
            }
        }
        return made;
    }

    private List<TeamView> coachedTeams(long orgId) {
        return identity.teams(orgId).stream().filter(t -> t.managerId() != null).toList();
    }

    private static Caller manager(TeamView team) {
        return new Caller(team.orgId(), team.managerId(), EnumSet.of(Role.MANAGER), null);
    }

    private List<UserView> reps(TeamView team) {
        return identity.teamMembers(team.orgId(), team.id()).stream()
                .filter(u -> u.salesRole() != null && u.roles().contains(Role.REP)).toList();
    }

    /**
     * Manager ratings 1..4 spread by rep and skill (a fixed pattern, so every demo looks the same), and
     * a self-rating one level kinder on every other rep: reps tend to rate themselves higher.
     */
    private void rate(Caller manager, UserView rep, int index) {
        SalesRole role = SalesRole.valueOf(rep.salesRole());
        List<Skill> skills = engine.model().skillsFor(role);
        Caller self = new Caller(manager.orgId(), rep.id(), EnumSet.of(Role.REP), null);
        for (int s = 0; s < skills.size(); s++) {
            int level = 1 + (index * 3 + s * 5) % 4;
            ratings.rate(manager, rep.id(), new NewSkillRating().skillId(skills.get(s).id()).level(level)
                    .note(level <= 2 ? "Needs work: seen on recent calls." : "Solid on recent calls."));
            if (index % 2 == 0 && s % 3 == 0) {
                ratings.rate(self, rep.id(), new NewSkillRating().skillId(skills.get(s).id()).level(Math.min(5, level + 1)));
            }
        }
    }

    private void plan(Caller manager, UserView rep, Story story, OrgAssessment assessed) {
        Caller self = new Caller(manager.orgId(), rep.id(), EnumSet.of(Role.REP), null);
        LocalDate today = LocalDate.now(clock.withZone(identity.organisation(manager.orgId()).zone()));
        // Plans already under way started two weeks ago, so some items are due, some overdue.
        LocalDate startsOn = story == Story.DRAFT ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        PlanService.Loaded plan = plans.generate(manager, rep.id(), new NewCoachingPlan()
                .topGaps(story == Story.COMPLETED ? 1 : 3).weeks(6).weeklyCapacityMinutes(60).startsOn(startsOn),
                assessed);
        long id = plan.row().id;
        List<Integer> activities = plan.plan().items().stream().filter(t -> t.item().isActivity())
                .map(t -> t.item().sequence()).toList();
        if (story == Story.DRAFT || activities.isEmpty()) {
            return;
        }
        act(manager, id, CoachingPlanAction.ASSIGN, null);
        switch (story) {
            case IN_PROGRESS -> {
                done(self, id, activities.getFirst(), "Did it on Tuesday; notes in the CRM.");
                item(manager, id, activities.getFirst(), CoachingItemAction.VERIFY, null);
                if (activities.size() > 1) {
                    done(self, id, activities.get(1), "Recording attached.");
                }
            }
            case COMPLETED -> {
                for (int seq : activities) {
                    done(self, id, seq, "Done, see the call notes.");
                    item(manager, id, seq, CoachingItemAction.VERIFY, null);
                }
                plan.plan().items().stream().filter(t -> t.item().kind() == PlanItem.Kind.CHECK_IN)
                        .forEach(t -> done(manager, id, t.sequence(), "Held."));
                act(manager, id, CoachingPlanAction.COMPLETE, null);
            }
            case PAUSED -> act(manager, id, CoachingPlanAction.PAUSE, "Quarter-end push: back to it next month.");
            case ABANDONED -> act(manager, id, CoachingPlanAction.ABANDON, "Moving to the AM team; new plan there.");
            case DRAFT -> {
                // handled above
            }
        }
    }

    private void act(Caller caller, long planId, CoachingPlanAction action, String reason) {
        plans.act(caller, planId, new CoachingPlanActionRequest().action(action).reason(reason));
    }

    private void done(Caller caller, long planId, int sequence, String note) {
        item(caller, planId, sequence, CoachingItemAction.DONE, note);
    }

    private void item(Caller caller, long planId, int sequence, CoachingItemAction action, String note) {
        plans.actOnItem(caller, planId, sequence, new CoachingItemActionRequest().action(action).note(note));
    }
}
