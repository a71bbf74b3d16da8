package dev.pacesetter.comp.service;

import dev.pacesetter.activity.LedgerReader;
import dev.pacesetter.api.model.CompApproval;
import dev.pacesetter.api.model.CompStatement;
import dev.pacesetter.api.model.CompStatementLine;
import dev.pacesetter.api.model.CompStatementState;
import dev.pacesetter.comp.Activity;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.CompPlan;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.Compensation;
import dev.pacesetter.comp.LineKey;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.PaidLine;
import dev.pacesetter.comp.PeriodInput;
import dev.pacesetter.comp.PriorPeriod;
import dev.pacesetter.comp.Quota;
import dev.pacesetter.comp.Statement;
import dev.pacesetter.content.NudgeKind;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.identity.OrgView;
import dev.pacesetter.nudges.NudgeOutbox;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Commission statements: computed live from the ledger through the engine until a manager approves
 * them, frozen from then on. Corrections to a frozen period are priced by recalculating it and show
 * as adjustment lines on the next period that is not frozen (see {@link #priors}).
 */
@ApplicationScoped
public class StatementService {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    PlanService plans;

    @Inject
    QuotaService quotas;

    @Inject
    LedgerItems items;

    @Inject
    LedgerReader ledger;

    @Inject
    Audit audit;

    @Inject
    RollUp rollUp;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    /** The statement, if the caller may read the rep's money (else 404; integrations 403). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompStatement statement(Caller caller, long userId, CompPeriod period) {
        requireReader(caller, userId);
        return view(caller.orgId(), userId, period);
    }

    /** The rep's money is readable by the rep, their managers, admins and the rep's assistant. */
    void requireReader(Caller caller, long userId) {
        caller.require(Role.REP, Role.MANAGER, Role.ADMIN, Role.ASSISTANT);
        if (!identity.canSee(caller, userId)) {
            throw ProblemException.notFound("User " + userId);
        }
    }

    CompStatement view(long orgId, long userId, CompPeriod period) {
        Optional<StatementRow> row = row(orgId, userId, period, false);
        if (row.isPresent()) {
            return frozen(row.get());
        }
        return liveView(orgId, userId, period);
    }

    Statement live(long orgId, long userId, CompPeriod period) {
        OrgView org = identity.organisation(orgId);
        PeriodInput input = input(org, userId, period, plans.planFor(orgId, userId, period.start())
                .filter(p -> p.periodKind() == period.kind() && p.effective().covers(period))
                .orElseThrow(() -> ProblemException.notFound("A compensation plan of user " + userId
                        + " for " + period.label())));
        try {
            return Compensation.statement(input, priors(org, userId, period));
        } catch (CompRuleException e) {
            throw new IllegalStateException("statement of user " + userId + " for " + period.label()
                    + " cannot be computed: " + e.getMessage(), e);
        }
    }

    PeriodInput input(OrgView org, long userId, CompPeriod period, CompPlan plan) {
        Quota quota = quotas.engineQuota(org.id(), userId, period)
                .orElseThrow(() -> ProblemException.notFound("Quota of user " + userId + " for " + period.label()));
        String repId = Long.toString(userId);
        RollUp.Team team = rollUp.team(org.id(), userId);
        return new PeriodInput(repId, plan, period, quota, Compensation.credit(repId,
                items.activities(org.id(), team.members(), period, org.zone(), plan.currency()), team.lines()));
    }

    /** The live draft as the wire shows it; a manager's rate and milestone lines name the reports credited. */
    CompStatement liveView(long orgId, long userId, CompPeriod period) {
        CompStatement out = StatementMapper.toApi(userId, live(orgId, userId, period), ledger.head(orgId));
        RollUp.Team team = rollUp.team(orgId, userId);
        if (team.rollsUp()) {
            OrgView org = identity.organisation(orgId);
            RollUp.annotate(out, RollUp.explanation(userId, items.activities(orgId, team.members(), period, org.zone(),
                    Currency.getInstance(out.getCurrency())), team));
        }
        annotateSplits(out, orgId, userId, period);
        return out;
    }

    /** Appends which split deals credit the rep, and with whom, to the revenue lines. */
    private void annotateSplits(CompStatement out, long orgId, long userId, CompPeriod period) {
        OrgView org = identity.organisation(orgId);
        List<Activity> own = items.activities(orgId, userId, period, org.zone(), Currency.getInstance(out.getCurrency()));
        Set<Long> partners = SplitNotes.partners(userId, own);
        if (partners.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        identity.users(orgId, partners).forEach((id, user) -> names.put(id, user.displayName()));
        SplitNotes.annotate(out, SplitNotes.explanation(userId, own, names));
    }

    /**
     * The frozen periods whose corrections land on {@code period}: the unbroken run of frozen
     * statements ending where {@code period} starts. Each is recalculated from the ledger as it is
     * now and compared with everything paid for it (its own lines plus later adjustments).
     */
    List<PriorPeriod> priors(OrgView org, long userId, CompPeriod period) {
        List<StatementRow> frozen = em.createQuery("select s from StatementRow s where s.orgId = :org "
                        + "and s.userId = :user order by s.periodStart desc", StatementRow.class)
                .setParameter("org", org.id()).setParameter("user", userId).getResultList();
        List<PriorPeriod> priors = new ArrayList<>();
        LocalDate expectedEnd = period.start();
        for (StatementRow row : frozen) {
            CompPeriod q = Periods.of(row.periodKind, row.periodStart);
            if (!q.start().isBefore(period.start())) {
                continue;
            }
            if (!q.end().equals(expectedEnd)) {
                break;
            }
            expectedEnd = q.start();
            CompStatement statement = FrozenStatements.read(row.frozen);
            CompPlan plan = plans.plan(org.id(), statement.getPlanKey(), statement.getPlanVersion()).orElseThrow();
            priors.add(new PriorPeriod(input(org, userId, q, plan), paid(q, frozen, plan.currency())));
        }
        return priors;
    }

    /** Every line paid for period {@code q}: its own lines, and adjustments to it in later statements. */
    private static List<PaidLine> paid(CompPeriod q, List<StatementRow> frozen, Currency currency) {
        List<PaidLine> paid = new ArrayList<>();
        for (StatementRow row : frozen) {
            CompStatement statement = FrozenStatements.read(row.frozen);
            boolean own = statement.getPeriod().equals(q.label());
            for (CompStatementLine line : statement.getLines()) {
                Money amount = new Money(new BigDecimal(line.getAmount()), currency);
                if (own && line.getAdjustment() == null) {
                    paid.add(new PaidLine(line.getId(), q, new LineKey(line.getComponentId(), line.getSlot()), amount, false));
                } else if (line.getAdjustment() != null && line.getAdjustment().getPeriod().equals(q.label())) {
                    paid.add(new PaidLine(line.getId(), q, new LineKey(line.getAdjustment().getComponentId(),
                            line.getAdjustment().getSlot()), amount, true));
                }
            }
        }
        return paid;
    }

    /** DRAFT → MANAGER_APPROVED (a manager above the rep; freezes the lines) → APPROVED (an admin). */
    @Transactional
    public CompStatement approve(Caller caller, long userId, CompPeriod period) {
        requireReader(caller, userId);
        caller.require(Role.MANAGER, Role.ADMIN);
        Optional<StatementRow> existing = row(caller.orgId(), userId, period, true);
        if (existing.isEmpty()) {
            boolean manager = caller.has(Role.MANAGER) && caller.actingFor() == null && caller.userId() != userId
                    && identity.reportIds(caller.orgId(), caller.userId()).contains(userId);
            if (!manager) {
                throw ProblemException.forbidden("A draft is approved first by a manager of user " + userId + ".");
            }
            OrgView org = identity.organisation(caller.orgId());
            if (period.end().isAfter(LocalDate.now(clock.withZone(org.zone())))) {
                throw ProblemException.conflict("Period " + period.label() + " has not ended; it can be approved from "
                        + period.end() + ".");
            }
            CompStatement draft = liveView(caller.orgId(), userId, period);
            StatementRow row = new StatementRow();
            row.orgId = caller.orgId();
            row.userId = userId;
            row.periodKind = period.kind().name();
            row.periodStart = period.start();
            row.currency = draft.getCurrency();
            row.earned = new BigDecimal(draft.getTotals().getEarned());
            row.adjustments = new BigDecimal(draft.getTotals().getAdjustments());
            row.payable = new BigDecimal(draft.getTotals().getPayable());
            row.frozen = FrozenStatements.write(draft);
            return step(caller, row, CompStatementState.DRAFT, CompStatementState.MANAGER_APPROVED);
        }
        StatementRow row = existing.get();
        if (!CompStatementState.MANAGER_APPROVED.name().equals(row.state)) {
            throw ProblemException.conflict("The statement is " + row.state + "; only a MANAGER_APPROVED statement "
                    + "awaits approval.");
        }
        caller.require(Role.ADMIN);
        return step(caller, row, CompStatementState.MANAGER_APPROVED, CompStatementState.APPROVED);
    }

    /** APPROVED → PAID (admins). */
    @Transactional
    public CompStatement markPaid(Caller caller, long userId, CompPeriod period) {
        caller.require(Role.ADMIN);
        StatementRow row = row(caller.orgId(), userId, period, true)
                .filter(r -> CompStatementState.APPROVED.name().equals(r.state))
                .orElseThrow(() -> ProblemException.conflict("Only an APPROVED statement can be marked paid."));
        return step(caller, row, CompStatementState.APPROVED, CompStatementState.PAID);
    }

    private CompStatement step(Caller caller, StatementRow row, CompStatementState from, CompStatementState to) {
        row.state = to.name();
        row.updatedAt = OffsetDateTime.now(clock);
        if (row.id == null) {
            em.persist(row);
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another approver froze the same statement first (unique rep+period, or its version moved on).
            throw ProblemException.conflict("The statement was approved concurrently; read it again.");
        }
        ApprovalRow approval = new ApprovalRow();
        approval.statementId = row.id;
        approval.step = to.name();
        approval.actorId = caller.userId();
        approval.at = row.updatedAt;
        em.persist(approval);
        em.flush();
        audit.record(new Audit.Change(caller.orgId(), caller.userId(), row.userId, "statement", row.id,
                        from.name() + "->" + to.name()),
                java.util.Map.of("state", from.name()), java.util.Map.of("state", to.name(), "payable", row.payable));
        if (to == CompStatementState.APPROVED) {
            // Ready means final: both approvals given, the numbers will not change any more.
            String period = Periods.of(row.periodKind, row.periodStart).label();
            outbox.enqueue(new NudgeOutbox.Nudge(caller.orgId(), row.userId, NudgeKind.STATEMENT_READY,
                    java.util.Map.of("periodName", period, "statementId", Long.toString(row.id)), null,
                    "statement-ready:" + row.id));
        }
        return frozen(row);
    }

    /** Frozen statements in a state, periods starting in [from, to), by rep and period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<CompStatement> frozenStatements(long orgId, List<String> states, LocalDate from, LocalDate to) {
        return em.createQuery("select s from StatementRow s where s.orgId = :org and s.state in :states "
                        + "and s.periodStart >= :from and s.periodStart < :to order by s.userId, s.periodStart",
                        StatementRow.class)
                .setParameter("org", orgId).setParameter("states", states).setParameter("from", from)
                .setParameter("to", to).getResultList().stream().map(this::frozen).toList();
    }

    private CompStatement frozen(StatementRow row) {
        CompStatement statement = FrozenStatements.read(row.frozen).state(CompStatementState.valueOf(row.state));
        statement.setApprovals(em.createQuery("select a from ApprovalRow a where a.statementId = :id order by a.id",
                        ApprovalRow.class).setParameter("id", row.id).getResultList().stream()
                .map(a -> new CompApproval().step(CompStatementState.valueOf(a.step)).actorId(a.actorId)
                        .at(a.at.withOffsetSameInstant(ZoneOffset.UTC))).toList());
        return statement;
    }

    private Optional<StatementRow> row(long orgId, long userId, CompPeriod period, boolean lock) {
        var q = em.createQuery("select s from StatementRow s where s.orgId = :org and s.userId = :user "
                        + "and s.periodKind = :kind and s.periodStart = :start", StatementRow.class)
                .setParameter("org", orgId).setParameter("user", userId)
                .setParameter("kind", period.kind().name()).setParameter("start", period.start());
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst();
    }
}
