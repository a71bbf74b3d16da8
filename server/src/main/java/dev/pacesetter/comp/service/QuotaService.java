package dev.pacesetter.comp.service;

import dev.pacesetter.api.model.CompQuota;
import dev.pacesetter.api.model.CompQuotaInput;
import dev.pacesetter.comp.CompPeriod;
import dev.pacesetter.comp.CompRuleException;
import dev.pacesetter.comp.Money;
import dev.pacesetter.comp.PeriodKind;
import dev.pacesetter.comp.Quota;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Quotas and target incentives per rep and period; every change is audited with before and after. */
@ApplicationScoped
public class QuotaService {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    PlanService plans;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Transactional
    public CompQuota setQuota(Caller caller, long userId, CompPeriod period, CompQuotaInput in) {
        long orgId = caller.orgId();
        identity.user(orgId, userId);
        Currency currency = plans.currency(in.getCurrency(), orgId, "currency");
        try {
            Quota quota = new Quota(PlanCodec.money(in.getAmount(), "amount", currency),
                    PlanCodec.money(in.getTargetIncentive(), "targetIncentive", currency));
            if (!quota.amount().isWholeMinorUnits() || !quota.targetIncentive().isWholeMinorUnits()) {
                throw new CompRuleException((quota.amount().isWholeMinorUnits() ? "targetIncentive" : "amount")
                        + ": must be in whole minor units of " + currency);
            }
        } catch (CompRuleException e) {
            throw PlanService.problem(e);
        }
        Optional<QuotaRow> existing = quotaRow(orgId, userId, period);
        CompQuota before = existing.map(QuotaService::toApi).orElse(null);
        QuotaRow row = existing.orElseGet(QuotaRow::new);
        row.orgId = orgId;
        row.userId = userId;
        row.periodKind = period.kind().name();
        row.periodStart = period.start();
        row.amount = new java.math.BigDecimal(in.getAmount());
        row.targetIncentive = new java.math.BigDecimal(in.getTargetIncentive());
        row.currency = currency.getCurrencyCode();
        row.updatedAt = OffsetDateTime.now(clock);
        if (existing.isEmpty()) {
            em.persist(row);
        }
        em.flush();
        CompQuota after = toApi(row);
        audit.record(new Audit.Change(orgId, caller.userId(), userId, "quota", row.id,
                existing.isEmpty() ? "create" : "update"), before, after);
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompQuota quota(long orgId, long userId, CompPeriod period) {
        return quotaRow(orgId, userId, period).map(QuotaService::toApi)
                .orElseThrow(() -> ProblemException.notFound("Quota of user " + userId + " for " + period.label()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Quota> engineQuota(long orgId, long userId, CompPeriod period) {
        return quotaRow(orgId, userId, period).map(q -> new Quota(
                new Money(q.amount, Currency.getInstance(q.currency)),
                new Money(q.targetIncentive, Currency.getInstance(q.currency))));
    }

    /**
     * A rep's revenue quota for the comp period containing a day: the amount, its currency and the
     * period's length in days, so a reader can prorate it to its own window.
     */
    public record CurrentQuota(long userId, java.math.BigDecimal amount, String currency, CompPeriod period,
                               int periodDays) {
    }

    /**
     * Every rep's quota for the period containing {@code day}, in one query for the organisation
     * (coaching reads it once per assessment, not per rep). Where a rep has both, the quarterly quota
     * wins over the monthly one: it is the one plans measure attainment against.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<Long, CurrentQuota> currentQuotas(long orgId, java.time.LocalDate day) {
        java.util.Map<Long, CurrentQuota> out = new java.util.HashMap<>();
        // A quarter is the longest period: anything that started more than three months back has ended.
        List<QuotaRow> rows = em.createQuery("select q from QuotaRow q where q.orgId = :org "
                        + "and q.periodStart <= :day and q.periodStart > :earliest", QuotaRow.class)
                .setParameter("org", orgId).setParameter("day", day)
                .setParameter("earliest", day.minusMonths(3)).getResultList();
        for (QuotaRow row : rows) {
            CompPeriod period = Periods.of(row.periodKind, row.periodStart);
            if (!period.contains(day) || row.amount.signum() <= 0) {
                continue;
            }
            CurrentQuota q = new CurrentQuota(row.userId, row.amount, row.currency, period,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(period.start(), period.end()));
            out.merge(row.userId, q, (a, b) -> a.period().kind() == PeriodKind.QUARTER ? a : b);
        }
        return out;
    }

    private Optional<QuotaRow> quotaRow(long orgId, long userId, CompPeriod period) {
        return em.createQuery("select q from QuotaRow q where q.orgId = :org and q.userId = :user "
                        + "and q.periodKind = :kind and q.periodStart = :start", QuotaRow.class)
                .setParameter("org", orgId).setParameter("user", userId)
                .setParameter("kind", period.kind().name()).setParameter("start", period.start())
                .getResultStream().findFirst();
    }

    private static CompQuota toApi(QuotaRow row) {
        CompPeriod period = Periods.of(row.periodKind, row.periodStart);
        return new CompQuota().userId(row.userId).period(period.label())
                .amount(Wire.money(row.amount, row.currency))
                .targetIncentive(Wire.money(row.targetIncentive, row.currency)).currency(row.currency);
    }
}
