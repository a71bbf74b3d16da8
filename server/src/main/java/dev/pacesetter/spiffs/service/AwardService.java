package dev.pacesetter.spiffs.service;

import dev.pacesetter.api.model.SpiffAward;
import dev.pacesetter.api.model.SpiffAwardAction;
import dev.pacesetter.api.model.SpiffAwardStatus;
import dev.pacesetter.api.model.SpiffProgress;
import dev.pacesetter.comp.Money;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import dev.pacesetter.spiffs.AwardAction;
import dev.pacesetter.spiffs.AwardLifecycle;
import dev.pacesetter.spiffs.AwardRules;
import dev.pacesetter.spiffs.AwardStatus;
import dev.pacesetter.spiffs.Outcome;
import dev.pacesetter.spiffs.Progress;
import dev.pacesetter.spiffs.Rep;
import dev.pacesetter.spiffs.SpiffProgram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Awards: reading them (a rep their own, a manager their reports' and their own, an admin all),
 * moving them along ACCRUED → APPROVED (the rep's manager) → APPROVED_FINAL → PAID (admins), or
 * REJECTED, each step recorded and audited, and a rep's progress in a program.
 */
@ApplicationScoped
public class AwardService {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    ProgramService programs;

    @Inject
    LedgerFold fold;

    @Inject
    NudgeOutbox outbox;

    @Inject
    SpiffAudit audit;

    @Inject
    jakarta.enterprise.event.Event<AwardRejected> rejected;

    @Inject
    Clock clock;

    /** Awards the caller may read, filtered, in qualifying order; {@code offset}/{@code limit} page them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SpiffAward> list(Caller caller, Long programId, Long userId, SpiffAwardStatus status, long offset,
                                 int limit) {
        ProgramService.requireReader(caller);
        Set<Long> users = null;
        if (userId != null) {
            requireVisible(caller, userId);
            users = Set.of(userId);
        } else if (!caller.isAdmin()) {
            users = new HashSet<>(Set.of(caller.subjectId()));
            if (caller.has(Role.MANAGER) && caller.actingFor() == null) {
                users.addAll(identity.reportIds(caller.orgId(), caller.userId()));
            }
        }
        if (programId != null) {
            programs.row(caller.orgId(), programId);
        }
        StringBuilder jpql = new StringBuilder("select a from SpiffAwardRow a where a.orgId = :org");
        if (users != null) {
            jpql.append(" and a.userId in :users");
        }
        if (programId != null) {
            jpql.append(" and a.programId = :program");
        }
        if (status != null) {
            jpql.append(" and a.status = :status");
        }
        jpql.append(" order by a.programId, a.qualifiedAt, a.sourceId");
        TypedQuery<SpiffAwardRow> q = em.createQuery(jpql.toString(), SpiffAwardRow.class)
                .setParameter("org", caller.orgId());
        if (users != null) {
            q.setParameter("users", List.copyOf(users));
        }
        if (programId != null) {
            q.setParameter("program", programId);
        }
        if (status != null) {
            q.setParameter("status", status.name());
        }
        List<SpiffAwardRow> rows = q.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE)).setMaxResults(limit)
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        return rows.stream().map(r -> AwardViews.toApi(r, names.computeIfAbsent(r.programId,
                p -> em.find(SpiffProgramRow.class, p).name), null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpiffAward get(Caller caller, long awardId) {
        ProgramService.requireReader(caller);
        SpiffAwardRow row = visible(caller, awardId);
        return AwardViews.toApi(row, em.find(SpiffProgramRow.class, row.programId).name, AwardSteps.of(em, row.id));
    }

    /** One approval step; 409 naming the state when the award's state does not allow it. */
    @Transactional
    public SpiffAward transition(Caller caller, long awardId, SpiffAwardAction requested, String note) {
        caller.require(Role.MANAGER, Role.ADMIN);
        if (requested == null) {
            throw ProblemException.invalid("action", "is required");
        }
        AwardAction action = AwardAction.valueOf(requested.name());
        SpiffAwardRow row = visible(caller, awardId);
        // Accrual locks the awards it reconciles, so a recompute and a step never interleave.
        em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        boolean finance = action == AwardAction.APPROVE_FINAL || action == AwardAction.PAY;
        if (finance && !caller.isAdmin()) {
            throw ProblemException.forbidden(action + " is the finance step and requires the ADMIN role.");
        }
        if (!finance && !caller.isAdmin() && !identity.reportIds(caller.orgId(), caller.userId()).contains(row.userId)) {
            throw ProblemException.forbidden("Only a manager of user " + row.userId + " or an admin may " + action + ".");
        }
        AwardStatus next;
        try {
            next = AwardLifecycle.next(AwardStatus.valueOf(row.status), action);
        } catch (AwardLifecycle.IllegalTransition e) {
            throw ProblemException.conflict(e.getMessage());
        }
        Map<String, Object> before = AwardViews.snapshot(row);
        OffsetDateTime now = OffsetDateTime.now(clock);
        row.status = next.name();
        row.updatedAt = now;
        if (next == AwardStatus.PAID) {
            row.paidAt = now;
        }
        AwardSteps.add(em, row.id, row.status, caller.userId(), now, note);
        audit.record(row.orgId, caller.userId(), "AWARD", row.id, action.name(), before, AwardViews.snapshot(row));
        nudge(row, next);
        em.flush();
        if (next == AwardStatus.REJECTED) {
            rejected.fire(new AwardRejected(row.programId));
        }
        return AwardViews.toApi(row, em.find(SpiffProgramRow.class, row.programId).name, AwardSteps.of(em, row.id));
    }

    /** Where a rep stands in a program, computed from the ledger now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpiffProgress progress(Caller caller, long programId, Long userId) {
        ProgramService.requireReader(caller);
        long user = userId == null ? caller.subjectId() : userId;
        requireVisible(caller, user);
        SpiffProgramRow row = programs.row(caller.orgId(), programId);
        OrgView org = identity.organisation(caller.orgId());
        SpiffProgram program = SpiffCodec.program(row.id, SpiffCodec.definition(row.definition), org);
        LedgerFold.Folded folded = fold.from(org.id(), program.start());
        Map<Long, Rep> reps = new HashMap<>();
        identity.users(org.id(), folded.activities().stream().map(a -> a.userId()).distinct().toList())
                .forEach((id, u) -> reps.put(id, new Rep(id, u.salesRole(), u.teamId())));
        Outcome outcome = AwardRules.compute(program, folded.activities(), reps);
        Progress p = AwardRules.progressOf(program, outcome, user);
        Currency currency = org.currency();
        return new SpiffProgress().spiffId(programId).userId(user).units(p.units()).awards(p.awards())
                .earned(SpiffCodec.wire(p.earned())).unitsToNext(p.unitsToNext())
                .nextReward(p.nextReward() == null ? null : SpiffCodec.wire(p.nextReward())).message(p.message())
                .currency(currency.getCurrencyCode());
    }

    private void nudge(SpiffAwardRow row, AwardStatus next) {
        String name = em.find(SpiffProgramRow.class, row.programId).name;
        String amount = new Money(row.amount.subtract(row.clawback), Currency.getInstance(row.currency)).format();
        if (next == AwardStatus.APPROVED_FINAL) {
            LocalDate today = LocalDate.now(clock.withZone(identity.organisation(row.orgId).zone()));
            outbox.enqueue(NudgeOutbox.Nudge.of(row.orgId, row.userId, NudgeKind.SPIFF_APPROVED, Map.of(
                    "spiffName", name, "amount", amount,
                    "payoutDate", today.withDayOfMonth(today.lengthOfMonth()).toString(),
                    "spiffId", Long.toString(row.programId))));
        } else if (next == AwardStatus.PAID) {
            outbox.enqueue(NudgeOutbox.Nudge.of(row.orgId, row.userId, NudgeKind.SPIFF_PAID, Map.of(
                    "spiffName", name, "amount", amount, "spiffId", Long.toString(row.programId))));
        }
    }

    private void requireVisible(Caller caller, long userId) {
        if (!identity.canSee(caller, userId)) {
            throw ProblemException.notFound("User " + userId);
        }
    }

    private SpiffAwardRow visible(Caller caller, long awardId) {
        SpiffAwardRow row = em.find(SpiffAwardRow.class, awardId);
        if (row == null || row.orgId != caller.orgId() || !identity.canSee(caller, row.userId)) {
            throw ProblemException.notFound("SPIFF award " + awardId);
        }
        return row;
    }
}
