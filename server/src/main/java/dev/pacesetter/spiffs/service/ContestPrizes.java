package dev.pacesetter.spiffs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls contest prizes with a cash value into the payout items: a reconciling pull keyed by the
 * contest award id (contest awards are written once, at finalisation), so pulling again adds nothing.
 * Team prizes are left out: a team is not on payroll. Read from the contest tables, not through the
 * contests feature's classes, which expose no read of awards yet.
 */
@ApplicationScoped
class ContestPrizes {
    static final String SOURCE = "CONTEST_PRIZE";
    private static final Logger LOG = Logger.getLogger(ContestPrizes.class.getName());

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds items for prizes not pulled yet; a concurrent pull losing the unique race is retried by the next read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void pull(long orgId) {
        @SuppressWarnings("unchecked")
        List<Object[]> prizes = em.createNativeQuery("""
                SELECT a.id, a.contest_id, a.entrant_id, a.description, a.cash_value, a.currency, c.name, c.ends_at
                FROM contest_award a
                JOIN contest c ON c.id = a.contest_id
                JOIN app_user u ON u.id = a.entrant_id AND u.org_id = c.org_id
                WHERE c.org_id = ?1 AND a.cash_value IS NOT NULL AND a.currency IS NOT NULL
                  AND c.kind <> 'TEAM_BATTLE'
                  AND NOT EXISTS (SELECT 1 FROM payout_item p WHERE p.source = 'CONTEST_PRIZE' AND p.source_id = a.id)
                ORDER BY a.id""").setParameter(1, orgId).getResultList();
        for (Object[] p : prizes) {
            PayoutItemRow row = new PayoutItemRow();
            row.orgId = orgId;
            row.source = SOURCE;
            row.sourceId = ((Number) p[0]).longValue();
            row.userId = ((Number) p[2]).longValue();
            row.reference = "contest/" + ((Number) p[1]).longValue();
            String prize = p[3] == null ? "Prize" : (String) p[3];
            row.description = (p[6] + ": " + prize).length() > 300 ? prize : p[6] + ": " + prize;
            row.amount = new BigDecimal(p[4].toString());
            row.currency = ((String) p[5]).trim();
            row.status = dev.pacesetter.spiffs.AwardStatus.ACCRUED.name();
            row.earnedAt = instant(p[7]).atOffset(ZoneOffset.UTC);
            row.updatedAt = OffsetDateTime.now(clock);
            em.persist(row);
        }
    }

    /**
     * Pulls, and logs instead of failing the read that asked for it. Static and handed the proxy: a
     * call back into the same bean from one of its own intercepted methods would skip the transaction.
     */
    static void pullQuietly(ContestPrizes prizes, long orgId) {
        try {
            prizes.pull(orgId);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Contest prizes of organisation " + orgId + " not pulled now; the next read retries", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }
}
