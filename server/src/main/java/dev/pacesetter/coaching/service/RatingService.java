package dev.pacesetter.coaching.service;

import dev.pacesetter.api.model.NewSkillRating;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.content.SalesRole;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.FieldProblem;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Skill ratings. The rep's manager (at any depth) or an admin rates as MANAGER; the rep rating
 * themselves rates as SELF. Every problem with the request is reported at once.
 */
@ApplicationScoped
class RatingService {

    @Inject
    CoachingEngine engine;

    @Inject
    CoachingStore store;

    @Inject
    CoachingAccess access;

    @Inject
    IdentityService identity;

    @Inject
    Clock clock;

    @Transactional
    RatingRow rate(Caller caller, long repId, NewSkillRating request) {
        UserView rep = access.visibleRep(caller, repId);
        boolean self = caller.userId() == repId && caller.actingFor() == null;
        if (!self) {
            access.requireCoach(caller, repId);
        }
        if (request == null) {
            throw ProblemException.badRequest("body", "a rating is required");
        }
        SalesRole role = CoachingAccess.salesRole(rep);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.getSkillId() == null || engine.model().skill(request.getSkillId())
                .map(s -> !s.relevantFor(role)).orElse(true)) {
            problems.add(new FieldProblem("skillId", "must be a skill of the " + role + " role, was "
                    + request.getSkillId(), null));
        }
        if (request.getLevel() == null || request.getLevel() < 1 || request.getLevel() > 5) {
            problems.add(new FieldProblem("level", "must be 1 to 5, was " + request.getLevel(), null));
        }
        if (request.getNote() != null && request.getNote().length() > 2000) {
            problems.add(new FieldProblem("note", "must be at most 2000 characters", null));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        RatingRow row = new RatingRow();
        row.orgId = caller.orgId();
        row.repId = repId;
        row.skillId = request.getSkillId();
        row.source = self ? "SELF" : "MANAGER";
        row.level = request.getLevel();
        row.note = request.getNote() == null || request.getNote().isBlank() ? null : request.getNote();
        row.ratedBy = caller.userId();
        row.createdAt = PlanCodec.at(clock.instant().truncatedTo(ChronoUnit.MICROS));
        row.ratedOn = LocalDate.ofInstant(clock.instant(), identity.organisation(caller.orgId()).zone());
        store.insert(row);
        return row;
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<RatingRow> ratings(Caller caller, long repId) {
        access.visibleRep(caller, repId);
        return store.ratings(caller.orgId(), repId);
    }
}
