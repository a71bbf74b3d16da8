package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompAssignment;
import dev.pacesetter.api.model.CompNewAssignment;
import dev.pacesetter.api.model.CompNewPlanVersion;
import dev.pacesetter.api.model.CompPeriodKind;
import dev.pacesetter.api.model.CompPlanVersion;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.CompPlan;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.EffectiveDates;
import dev.pacesetter.comp.PeriodKind;
import dev.pacesetter.comp.PlanRef;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
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
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans and assignments: the admin side of compensation ({@link QuotaService} holds quotas). Plan versions are immutable;
 * every change writes an audit row in the same transaction.
 */
@ApplicationScoped
public class PlanService {
    private static final int PARSED_MAX = 10_000;

    /** Parsed plans by version row id (see {@link #enginePlan}). */
    private final Map<Long, CompPlan> parsed = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The next version of {@code planKey} (1 for a new key). */
    @Transactional
    public CompPlanVersion createVersion(Caller caller, CompNewPlanVersion in) {
        Currency currency = currency(in.getCurrency(), caller.orgId(), "currency");
        if (in.getPlanKey() == null || in.getName() == null || in.getName().isBlank()) {
            throw ProblemException.invalid(in.getPlanKey() == null ? "planKey" : "name", "is required");
        }
        if (in.getPeriodKind() == null || in.getEffectiveFrom() == null) {
            throw ProblemException.invalid(in.getPeriodKind() == null ? "periodKind" : "effectiveFrom", "is required");
        }
        // Lock the organisation's versions of this key so two admins cannot both create version n.
        List<PlanVersionRow> existing = em.createQuery("select p from PlanVersionRow p where p.orgId = :org "
                        + "and p.planKey = :key order by p.version desc", PlanVersionRow.class)
                .setParameter("org", caller.orgId()).setParameter("key", in.getPlanKey())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int version = existing.isEmpty() ? 1 : existing.getFirst().version + 1;
        try {
            PlanRef ref = new PlanRef(in.getPlanKey(), version);
            new CompPlan(ref, new EffectiveDates(in.getEffectiveFrom(), Optional.ofNullable(in.getEffectiveTo())),
                    PeriodKind.valueOf(in.getPeriodKind().name()), currency,
                    PlanCodec.toEngine(in.getComponents(), currency));
        } catch (CompRuleException e) {
            throw problem(e);
        }
        PlanVersionRow row = new PlanVersionRow();
        row.orgId = caller.orgId();
        row.planKey = in.getPlanKey();
        row.version = version;
        row.name = in.getName();
        row.periodKind = in.getPeriodKind().name();
        row.currency = currency.getCurrencyCode();
        row.effectiveFrom = in.getEffectiveFrom();
        row.effectiveTo = in.getEffectiveTo();
        row.components = PlanCodec.json(in.getComponents());
        row.createdBy = caller.userId();
        row.createdAt = OffsetDateTime.now(clock);
        em.persist(row);
        em.flush();
        CompPlanVersion out = toApi(row);
        audit.record(caller.orgId(), caller.userId(), "plan_version", row.id, "create", null, out);
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompPlanVersion> versions(long orgId, long afterId, int limit) {
        return em.createQuery("select p from PlanVersionRow p where p.orgId = :org and p.id > :after order by p.id",
                        PlanVersionRow.class)
                .setParameter("org", orgId).setParameter("after", afterId).setMaxResults(limit)
                .getResultList().stream().map(PlanService::toApi).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompPlanVersion version(long orgId, String planKey, int version) {
        return toApi(row(orgId, planKey, version)
                .orElseThrow(() -> ProblemException.notFound("Plan " + planKey + " version " + version)));
    }

    @Transactional
    public CompAssignment assign(Caller caller, CompNewAssignment in) {
        long orgId = caller.orgId();
        if (in.getUserId() == null || in.getPlanKey() == null || in.getVersion() == null || in.getFrom() == null) {
            throw ProblemException.invalid(in.getUserId() == null ? "userId" : in.getPlanKey() == null ? "planKey"
                    : in.getVersion() == null ? "version" : "from", "is required");
        }
        if (!identity.users(orgId, List.of(in.getUserId())).containsKey(in.getUserId())) {
            throw ProblemException.invalid("userId", "no such user in this organisation");
        }
        PlanVersionRow plan = row(orgId, in.getPlanKey(), in.getVersion())
                .orElseThrow(() -> ProblemException.invalid("version", "plan " + in.getPlanKey() + " has no version "
                        + in.getVersion()));
        if (plan.retiredAt != null) {
            throw ProblemException.conflict("Plan " + plan.planKey + " version " + plan.version + " was retired on "
                    + plan.retiredAt.toLocalDate() + "; it takes no new assignments.");
        }
        PeriodKind kind = PeriodKind.valueOf(plan.periodKind);
        if (!CompPeriod.containing(kind, in.getFrom()).start().equals(in.getFrom())) {
            throw ProblemException.invalid("from", "must be the first day of a " + kind.name().toLowerCase());
        }
        if (in.getTo() != null && (in.getTo().isBefore(in.getFrom())
                || !CompPeriod.containing(kind, in.getTo()).lastDay().equals(in.getTo()))) {
            throw ProblemException.invalid("to", "must be the last day of a " + kind.name().toLowerCase()
                    + " on or after from");
        }
        if (in.getFrom().isBefore(plan.effectiveFrom)) {
            throw ProblemException.invalid("from", "is before the version's effectiveFrom " + plan.effectiveFrom);
        }
        if (plan.effectiveTo != null && (in.getTo() == null || in.getTo().isAfter(plan.effectiveTo))) {
            throw ProblemException.invalid("to", "must be on or before the version's effectiveTo " + plan.effectiveTo);
        }
        // Serialise assignments of one rep by locking their existing rows.
        List<AssignmentRow> others = assignmentsOf(orgId, in.getUserId(), true);
        LocalDate end = in.getTo() == null ? LocalDate.MAX : in.getTo();
        for (AssignmentRow other : others) {
            LocalDate otherEnd = other.toDate == null ? LocalDate.MAX : other.toDate;
            if (!other.fromDate.isAfter(end) && !in.getFrom().isAfter(otherEnd)) {
                throw ProblemException.conflict("User " + in.getUserId() + " is already assigned from "
                        + other.fromDate + (other.toDate == null ? "" : " to " + other.toDate)
                        + " (assignment " + other.id + ").");
            }
        }
        AssignmentRow row = new AssignmentRow();
        row.orgId = orgId;
        row.userId = in.getUserId();
        row.planId = plan.id;
        row.fromDate = in.getFrom();
        row.toDate = in.getTo();
        row.createdBy = caller.userId();
        row.createdAt = OffsetDateTime.now(clock);
        em.persist(row);
        em.flush();
        CompAssignment out = toApi(row, plan);
        audit.record(new Audit.Change(orgId, caller.userId(), row.userId, "assignment", row.id, "create"), null, out);
        return out;
    }

    /** Assignments of some users ({@code null} for everyone), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompAssignment> assignments(long orgId, Collection<Long> users, long afterId, int limit) {
        if (users != null && users.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select a from AssignmentRow a where a.orgId = :org and a.id > :after"
                        + (users == null ? "" : " and a.userId in :users") + " order by a.id", AssignmentRow.class)
                .setParameter("org", orgId).setParameter("after", afterId).setMaxResults(limit);
        if (users != null) {
            q.setParameter("users", List.copyOf(users));
        }
        return q.getResultList().stream().map(a -> toApi(a, em.find(PlanVersionRow.class, a.planId))).toList();
    }

    // --- reads for statements ---

    /** The plan version a rep is on for a whole period, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<CompPlan> planFor(long orgId, long userId, LocalDate day) {
        for (AssignmentRow a : assignmentsOf(orgId, userId, false)) {
            if (!day.isBefore(a.fromDate) && (a.toDate == null || !day.isAfter(a.toDate))) {
                return Optional.of(enginePlan(a.planId));
            }
        }
        return Optional.empty();
    }

    /**
     * The engine's plan of a version row, parsed once per row id: everything {@link #engine} reads
     * (key, version, dates, period kind, currency, components) is never updated after the version is
     * created (retiring sets only {@code retired_*}), so the parsed plan cannot go stale. Saves the
     * row read and the JSON parse on every statement and estimate.
     */
    private CompPlan enginePlan(long planId) {
        CompPlan cached = parsed.get(planId);
        if (cached != null) {
            return cached;
        }
        CompPlan plan = engine(em.find(PlanVersionRow.class, planId));
        if (parsed.size() >= PARSED_MAX) {
            parsed.clear(); // a crude bound: plan versions are few, this only guards against growth without end
        }
        parsed.put(planId, plan);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<CompPlan> plan(long orgId, String planKey, int version) {
        return row(orgId, planKey, version).map(PlanService::engine);
    }

    static CompPlan engine(PlanVersionRow row) {
        Currency currency = Currency.getInstance(row.currency);
        return new CompPlan(new PlanRef(row.planKey, row.version),
                new EffectiveDates(row.effectiveFrom, Optional.ofNullable(row.effectiveTo)),
                PeriodKind.valueOf(row.periodKind), currency, PlanCodec.toEngine(PlanCodec.specs(row.components), currency));
    }

    private List<AssignmentRow> assignmentsOf(long orgId, long userId, boolean lock) {
        var q = em.createQuery("select a from AssignmentRow a where a.orgId = :org and a.userId = :user order by a.fromDate",
                AssignmentRow.class).setParameter("org", orgId).setParameter("user", userId);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultList();
    }

    private Optional<PlanVersionRow> row(long orgId, String planKey, int version) {
        return em.createQuery("select p from PlanVersionRow p where p.orgId = :org and p.planKey = :key "
                        + "and p.version = :version", PlanVersionRow.class)
                .setParameter("org", orgId).setParameter("key", planKey).setParameter("version", version)
                .getResultStream().findFirst();
    }

    Currency currency(String code, long orgId, String field) {
        if (code == null) {
            return identity.organisation(orgId).currency();
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (!currency.equals(identity.organisation(orgId).currency())) {
                throw ProblemException.invalid(field, "must be the organisation's currency "
                        + identity.organisation(orgId).currency());
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "not an ISO 4217 code, was '" + code + "'");
        }
    }

    /** An engine rule message ({@code field: reason}) as a 422 naming the field. */
    static ProblemException problem(CompRuleException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return colon < 0 ? ProblemException.invalid("body", message)
                : ProblemException.invalid(message.substring(0, colon), message.substring(colon + 2));
    }

    static CompPlanVersion toApi(PlanVersionRow row) {
        return new CompPlanVersion().id(row.id).planKey(row.planKey).version(row.version).name(row.name)
                .periodKind(CompPeriodKind.valueOf(row.periodKind)).currency(row.currency)
                .effectiveFrom(row.effectiveFrom).effectiveTo(row.effectiveTo)
                .components(PlanCodec.specs(row.components)).createdAt(row.createdAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static CompAssignment toApi(AssignmentRow row, PlanVersionRow plan) {
        return new CompAssignment().id(row.id).userId(row.userId).planKey(plan.planKey).version(plan.version)
                .from(row.fromDate).to(row.toDate);
    }
}
