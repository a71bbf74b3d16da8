package dev.pacesetter.spiffs.service;

import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.spiffs.AwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPIFF awards and contest prizes for the payroll export: finance-approved and paid awards, paid
 * awards clawed back later (a negative adjustment), and finance-approved or paid contest prizes
 * ({@code contest/<id>}), one line each. The period is the month the award qualified in,
 * in the organisation's zone; amounts are already whole minor units, so lines reconcile with the awards.
 */
@ApplicationScoped
public class SpiffPayouts {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    @Inject
    ContestPrizes prizes;

    /**
     * One payroll line.
     *
     * @param plan      {@code spiff/<program id>}
     * @param component the program's name
     */
    public record Line(long userId, String period, String plan, String component, BigDecimal earned,
                       BigDecimal adjustments, BigDecimal payable, String currency, String state) {
    }

    /** Lines of awards that qualified on days {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Line> lines(long orgId, LocalDate from, LocalDate to) {
        ZoneId zone = identity.organisation(orgId).zone();
        List<SpiffAwardRow> rows = em.createQuery("select a from SpiffAwardRow a where a.orgId = :org "
                        + "and a.qualifiedAt >= :from and a.qualifiedAt < :to and (a.status in :payable "
                        + "or (a.status = :clawed and a.paidAt is not null)) order by a.userId, a.qualifiedAt, a.id",
                        SpiffAwardRow.class)
                .setParameter("org", orgId)
                .setParameter("from", from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("to", to.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("payable", List.of(AwardStatus.APPROVED_FINAL.name(), AwardStatus.PAID.name()))
                .setParameter("clawed", AwardStatus.CLAWED_BACK.name())
                .getResultList();
        Map<Long, String> names = new HashMap<>();
        List<Line> out = new ArrayList<>();
        for (SpiffAwardRow a : rows) {
            Currency currency = Currency.getInstance(a.currency);
            int digits = currency.getDefaultFractionDigits();
            String name = names.computeIfAbsent(a.programId, p -> em.find(SpiffProgramRow.class, p).name);
            out.add(new Line(a.userId, YearMonth.from(a.qualifiedAt.atZoneSameInstant(zone)).toString(),
                    "spiff/" + a.programId, name, a.amount.setScale(digits), a.clawback.negate().setScale(digits),
                    a.amount.subtract(a.clawback).setScale(digits), a.currency, a.status));
        }
        ContestPrizes.pullQuietly(prizes, orgId);
        em.createQuery("select p from PayoutItemRow p where p.orgId = :org and p.earnedAt >= :from and p.earnedAt < :to "
                        + "and p.status in :payable order by p.userId, p.earnedAt, p.id", PayoutItemRow.class)
                .setParameter("org", orgId)
                .setParameter("from", from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("to", to.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("payable", List.of(AwardStatus.APPROVED_FINAL.name(), AwardStatus.PAID.name()))
                .getResultList().forEach(p -> {
                    int digits = Currency.getInstance(p.currency).getDefaultFractionDigits();
                    out.add(new Line(p.userId, YearMonth.from(p.earnedAt.atZoneSameInstant(zone)).toString(), p.reference,
                            p.description, p.amount.setScale(digits), BigDecimal.ZERO.setScale(digits),
                            p.amount.setScale(digits), p.currency, p.status));
                });
        return out;
    }
}
