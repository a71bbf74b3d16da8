package dev.pacesetter.coaching.service;

import dev.pacesetter.api.model.CoachingItemActionRequest;
import dev.pacesetter.api.model.CoachingPlanActionRequest;
import dev.pacesetter.api.model.CoachingPlanEdit;
import dev.pacesetter.api.model.NewCoachingPlan;
import dev.pacesetter.coaching.CheckInCadence;
import dev.pacesetter.coaching.CoachingEngine;
import dev.pacesetter.coaching.CoachingPlan;
import dev.pacesetter.coaching.CoachingRuleException;
import dev.pacesetter.coaching.GeneratedPlan;
import dev.pacesetter.coaching.PlanChange;
import dev.pacesetter.coaching.PlanSettings;
import dev.pacesetter.coaching.RepGaps;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.UserView;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Coaching plans: generate a draft from the rep's gaps, edit it, take it through its lifecycle. Each
 * write locks the plan row, loads the plan as the rules see it, applies one rule and writes back what
 * changed — with its points and nudges ({@link PlanOutcomes}) in the same transaction.
 */
@ApplicationScoped
class PlanService {

    @Inject
    CoachingEngine engine;

    @Inject
    CoachingStore store;

    @Inject
    CoachingAccess access;

    @Inject
    Assessor assessor;

    @Inject
    IdentityService identity;

    @Inject
    PlanOutcomes outcomes;

    @Inject
    Clock clock;

    /** A plan with its item rows, as loaded or as changed. */
    record Loaded(PlanRow row, List<PlanItemRow> items, CoachingPlan plan) {
    }

    @Transactional
    Loaded generate(Caller caller, long repId, NewCoachingPlan request) {
        return generate(caller, repId, request, null);
    }

    /**
     * With {@code assessed} given (the demo, generating many plans from one assessment), the
     * organisation is not assessed again; otherwise it is assessed now.
     */
    @Transactional
    Loaded generate(Caller caller, long repId, NewCoachingPlan request, OrgAssessment assessed) {
        UserView rep = access.coachedRep(caller, repId);
        NewCoachingPlan r = request == null ? new NewCoachingPlan() : request;
        PlanSettings settings;
        try {
            settings = new PlanSettings(Objects.requireNonNullElse(r.getTopGaps(), 3),
                    Objects.requireNonNullElse(r.getWeeks(), 6),
                    Objects.requireNonNullElse(r.getWeeklyCapacityMinutes(), 60), CheckInCadence.WEEKLY);
        } catch (CoachingRuleException e) {
            throw RuleProblems.of(e);
        }
        Instant now = now();
        OrgAssessment org = assessed != null && assessed.gaps().containsKey(repId) ? assessed
                : assessor.assess(caller.orgId(), now, rep);
        LocalDate startsOn = r.getStartsOn() != null ? r.getStartsOn()
                : org.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        RepGaps gaps = org.gaps().get(repId);
        GeneratedPlan generated = engine.generate(gaps, settings, startsOn);
        return create(caller.orgId(), caller.userId(), generated, now);
    }

    /** Stores a generated plan as a DRAFT; the demo uses it too. */
    @Transactional
    Loaded create(long orgId, long managerId, GeneratedPlan generated, Instant now) {
        PlanRow row = new PlanRow();
        row.orgId = orgId;
        row.repId = generated.repId();
        row.managerId = managerId;
        row.salesRole = generated.role().name();
        row.title = title(generated.targetedSkills());
        row.state = "DRAFT";
        row.startsOn = generated.startsOn();
        row.weeks = generated.settings().weeks();
        row.topGaps = generated.settings().topGaps();
        row.weeklyMinutes = generated.settings().weeklyCapacityMinutes();
        row.notes = String.join("\n", generated.notes());
        row.createdAt = PlanCodec.at(now);
        CoachingPlan draft = CoachingPlan.draft(0, managerId, generated);
        List<PlanItemRow> items = PlanCodec.newRows(orgId, draft);
        store.insert(row, items);
        return new Loaded(row, items, PlanCodec.plan(row, items));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Loaded get(Caller caller, long planId) {
        PlanRow row = store.find(caller.orgId(), planId).orElseThrow(() -> notFound(planId));
        requireVisible(caller, row);
        List<PlanItemRow> items = store.items(row.id);
        return new Loaded(row, items, PlanCodec.plan(row, items));
    }

    @Transactional
    Loaded edit(Caller caller, long planId, CoachingPlanEdit edit) {
        Loaded l = lockForCoach(caller, planId);
        if (edit == null || edit.getAction() == null) {
            throw ProblemException.invalid("action", "is required; one of ADD, REMOVE, MOVE, REDATE");
        }
        CoachingPlan after;
        try {
            after = switch (edit.getAction()) {
                case ADD -> engine.addItem(l.plan(), engine.activity(edit.getActivityId(), "activityId"),
                        Optional.ofNullable(edit.getPosition()), Optional.ofNullable(edit.getWeek()),
                        Optional.ofNullable(edit.getDueOn()), l.row().startsOn);
                case REMOVE -> engine.removeItem(l.plan(), existing(l, required(edit.getSequence(), "sequence")));
                case MOVE -> engine.moveItem(l.plan(), existing(l, required(edit.getSequence(), "sequence")),
                        required(edit.getPosition(), "position"));
                case REDATE -> engine.redateItem(l.plan(), existing(l, required(edit.getSequence(), "sequence")),
                        required(edit.getDueOn(), "dueOn"), l.row().startsOn);
            };
        } catch (CoachingRuleException e) {
            throw RuleProblems.of(e);
        }
        List<PlanItemRow> items = PlanCodec.newRows(caller.orgId(), after);
        store.replaceItems(l.row(), items);
        return new Loaded(l.row(), items, PlanCodec.plan(l.row(), items));
    }

    @Transactional
    Loaded act(Caller caller, long planId, CoachingPlanActionRequest request) {
        if (request == null || request.getAction() == null) {
            throw ProblemException.invalid("action", "is required; one of ASSIGN, START, PAUSE, RESUME, COMPLETE, ABANDON");
        }
        Loaded l = lock(caller, planId);
        boolean repStarts = request.getAction() == dev.pacesetter.api.model.CoachingPlanAction.START
                && caller.userId() == l.row().repId && caller.actingFor() == null;
        if (!repStarts) {
            access.requireCoach(caller, l.row().repId);
        }
        Instant now = now();
        PlanChange change;
        try {
            change = switch (request.getAction()) {
                case ASSIGN -> engine.assign(l.plan(), now);
                case START -> engine.start(l.plan(), now);
                case PAUSE -> engine.pause(l.plan(), reason(request.getReason()), now);
                case RESUME -> engine.resume(l.plan(), now);
                case COMPLETE -> engine.complete(l.plan(), now);
                case ABANDON -> engine.abandon(l.plan(), reason(request.getReason()), now);
            };
        } catch (CoachingRuleException e) {
            throw RuleProblems.of(e);
        }
        if (request.getReason() != null && !request.getReason().isBlank()) {
            l.row().reason = request.getReason();
        }
        return write(caller, l, change);
    }

    @Transactional
    Loaded actOnItem(Caller caller, long planId, int sequence, CoachingItemActionRequest request) {
        if (request == null || request.getAction() == null) {
            throw ProblemException.invalid("action", "is required; one of DONE, VERIFY, SEND_BACK");
        }
        Loaded l = lock(caller, planId);
        PlanItemRow item = l.items().stream().filter(i -> i.seq == sequence).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Item " + sequence + " of coaching plan " + planId));
        Instant now = now();
        PlanChange change;
        try {
            switch (request.getAction()) {
                case DONE -> {
                    boolean rep = caller.userId() == l.row().repId && caller.actingFor() == null;
                    if (!rep && !("CHECK_IN".equals(item.kind) && access.canCoach(caller, l.row().repId))) {
                        throw ProblemException.forbidden("Only the rep marks their items done (a manager may mark a check-in held).");
                    }
                    requireLength(request.getNote(), 1000, "note");
                    requireLength(request.getLink(), 900, "link");
                    change = engine.markDone(l.plan(), sequence, PlanCodec.evidence(request.getNote(),
                            request.getLink()), now);
                    item.evidenceNote = blankToNull(request.getNote());
                    item.evidenceLink = blankToNull(request.getLink());
                }
                case VERIFY -> {
                    access.requireCoach(caller, l.row().repId);
                    change = engine.verify(l.plan(), sequence, caller.userId(), now);
                }
                case SEND_BACK -> {
                    access.requireCoach(caller, l.row().repId);
                    change = engine.sendBack(l.plan(), sequence, reason(request.getReason()), now);
                }
                default -> throw new IllegalStateException();
            }
        } catch (CoachingRuleException e) {
            throw RuleProblems.of(e);
        }
        return write(caller, l, change);
    }

    private Loaded write(Caller caller, Loaded l, PlanChange change) {
        PlanCodec.apply(change.plan(), l.row(), l.items());
        outcomes.handle(l.row().orgId, caller.userId(), l.row(), l.items(), change.events());
        return new Loaded(l.row(), l.items(), change.plan());
    }

    private Loaded lock(Caller caller, long planId) {
        PlanRow row = store.lock(caller.orgId(), planId).orElseThrow(() -> notFound(planId));
        requireVisible(caller, row);
        List<PlanItemRow> items = store.items(row.id);
        return new Loaded(row, items, PlanCodec.plan(row, items));
    }

    private Loaded lockForCoach(Caller caller, long planId) {
        Loaded l = lock(caller, planId);
        access.requireCoach(caller, l.row().repId);
        return l;
    }

    /** The rep sees their plans once assigned; coaches see drafts too; anyone else gets a 404. */
    private void requireVisible(Caller caller, PlanRow row) {
        if (!identity.canSee(caller, row.repId)
                || "DRAFT".equals(row.state) && !access.canCoach(caller, row.repId)) {
            throw notFound(row.id);
        }
    }

    private static int existing(Loaded l, int sequence) {
        if (l.items().stream().noneMatch(i -> i.seq == sequence)) {
            throw ProblemException.notFound("Item " + sequence + " of coaching plan " + l.row().id);
        }
        return sequence;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required for this edit");
        }
        return value;
    }

    /** Rules check the reason too; this names the request field the same way and bounds its length. */
    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required for this step");
        }
        if (reason.length() > 2000) {
            throw ProblemException.invalid("reason", "must be at most 2000 characters");
        }
        return reason;
    }

    private static void requireLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw ProblemException.invalid(field, "must be at most " + max + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String title(List<String> skillIds) {
        if (skillIds.isEmpty()) {
            return "Coaching plan";
        }
        String names = skillIds.stream().map(id -> engine.model().skill(id).map(s -> s.name()).orElse(id))
                .collect(Collectors.joining(", "));
        String title = "Coaching plan: " + names;
        return title.length() > 200 ? title.substring(0, 197) + "..." : title;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(long planId) {
        return ProblemException.notFound("Coaching plan " + planId);
    }
}
