package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompAssignment;
import dev.pacesetter.api.model.CompAssignmentEnd;
import dev.pacesetter.api.model.CompPlanRetirement;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.PeriodKind;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The end of plans and assignments (admins): an assignment ends on the last day of a period, and a
 * plan version is retired so it takes no new assignments. Both are audited and never undo a frozen
 * statement: an assignment cannot end before a period whose statement is already approved.
 */
@ApplicationScoped
public class PlanLifecycle {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Sets the assignment's last day; 409 when that would overlap another assignment or drop a frozen period. */
    @Transactional
    public CompAssignment end(Caller caller, long assignmentId, CompAssignmentEnd in) {
        caller.require(Role.ADMIN);
        AssignmentRow row = em.find(AssignmentRow.class, assignmentId);
        if (row == null || row.orgId != caller.orgId()) {
            throw ProblemException.notFound("Assignment " + assignmentId);
        }
        if (in.getTo() == null) {
            throw ProblemException.invalid("to", "is required");
        }
        PlanVersionRow plan = em.find(PlanVersionRow.class, row.planId);
        PeriodKind kind = PeriodKind.valueOf(plan.periodKind);
        LocalDate to = in.getTo();
        if (to.isBefore(row.fromDate) || !CompPeriod.containing(kind, to).lastDay().equals(to)) {
            throw ProblemException.invalid("to", "must be the last day of a " + kind.name().toLowerCase()
                    + " on or after the assignment's start " + row.fromDate);
        }
        if (plan.effectiveTo != null && to.isAfter(plan.effectiveTo)) {
            throw ProblemException.invalid("to", "must be on or before the version's effectiveTo " + plan.effectiveTo);
        }
        // Lock the rep's assignments, as creating one does, so an end and a new assignment cannot interleave.
        // Entities are read through this bean's own entity manager: they are changed and locked here.
        List<AssignmentRow> mine = em.createQuery("select a from AssignmentRow a where a.orgId = :org "
                        + "and a.userId = :user", AssignmentRow.class)
                .setParameter("org", caller.orgId()).setParameter("user", row.userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (AssignmentRow other : mine) {
            if (!other.id.equals(row.id) && !other.fromDate.isAfter(to)
                    && (other.toDate == null || !row.fromDate.isAfter(other.toDate))) {
                throw ProblemException.conflict("Ending on " + to + " would overlap assignment " + other.id
                        + " from " + other.fromDate + ".");
            }
        }
        List<LocalDate> frozenAfter = em.createQuery("select s.periodStart from StatementRow s where s.orgId = :org "
                        + "and s.userId = :user and s.periodStart > :to and s.periodStart >= :from "
                        + "order by s.periodStart", LocalDate.class)
                .setParameter("org", caller.orgId()).setParameter("user", row.userId).setParameter("to", to)
                .setParameter("from", row.fromDate).setMaxResults(1).getResultList();
        if (!frozenAfter.isEmpty()) {
            throw ProblemException.conflict("The statement of the period starting " + frozenAfter.getFirst()
                    + " is already approved on this assignment; end it on or after that period.");
        }
        CompAssignment before = PlanService.toApi(row, plan);
        row.toDate = to;
        em.flush();
        CompAssignment after = PlanService.toApi(row, plan);
        audit.record(new Audit.Change(caller.orgId(), caller.userId(), row.userId, "assignment", row.id, "end"),
                before, after);
        return after;
    }

    /** Retires a plan version; 409 when it already is. Existing assignments keep running. */
    @Transactional
    public CompPlanRetirement retire(Caller caller, String planKey, int version) {
        caller.require(Role.ADMIN);
        PlanVersionRow row = em.createQuery("select p from PlanVersionRow p where p.orgId = :org and p.planKey = :key "
                        + "and p.version = :version", PlanVersionRow.class)
                .setParameter("org", caller.orgId()).setParameter("key", planKey).setParameter("version", version)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Plan " + planKey + " version " + version));
        if (row.retiredAt != null) {
            throw ProblemException.conflict("Plan " + planKey + " version " + version + " is already retired.");
        }
        row.retiredAt = OffsetDateTime.now(clock);
        row.retiredBy = caller.userId();
        em.flush();
        CompPlanRetirement out = new CompPlanRetirement().planKey(planKey).version(version)
                .retiredAt(row.retiredAt.withOffsetSameInstant(ZoneOffset.UTC)).retiredBy(caller.userId());
        audit.record(caller.orgId(), caller.userId(), "plan_version", row.id, "retire", Map.of("retired", false), out);
        return out;
    }
}
