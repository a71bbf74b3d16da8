package dev.pacesetter.contests.service;

import dev.pacesetter.contests.ContestStatus;
import dev.pacesetter.contests.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The contests' tables. Callers hold the transaction; nothing here opens one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ContestStore {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    void insert(ContestRow row) {
        em.persist(row);
        em.flush();
    }

    /** The period opened after a recurring contest's period, if any. */
    Optional<Long> nextPeriod(long contestId) {
        return em.createQuery("select c.id from ContestRow c where c.previousId = :id", Long.class)
                .setParameter("id", contestId).getResultStream().findFirst();
    }

    ContestRow byId(long contestId) {
        return em.find(ContestRow.class, contestId);
    }

    /** The row as committed now, bypassing what this persistence context already holds. */
    ContestRow reread(long contestId) {
        return em.createQuery("select c from ContestRow c where c.id = :id", ContestRow.class)
                .setParameter("id", contestId)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getSingleResult();
    }

    /** A contest of the organisation, or empty (also for another organisation's). */
    Optional<ContestRow> find(long orgId, long contestId) {
        ContestRow row = em.find(ContestRow.class, contestId);
        return row == null || row.orgId != orgId ? Optional.empty() : Optional.of(row);
    }

    /** The same, with the row locked until the transaction ends (manual lifecycle steps). */
    Optional<ContestRow> lock(long orgId, long contestId) {
        ContestRow row = em.find(ContestRow.class, contestId, LockModeType.PESSIMISTIC_WRITE);
        return row == null || row.orgId != orgId ? Optional.empty() : Optional.of(row);
    }

    /**
     * Claims a contest whose time-driven step is due, or nothing when another instance holds it (or it is
     * no longer due). The row stays locked until the transaction ends.
     */
    Optional<ContestRow> claimDue(long contestId, Instant now) {
        List<?> ids = em.createNativeQuery(
                        "SELECT id FROM contest WHERE id = ?1 AND next_due_at <= ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, contestId).setParameter(2, now.atOffset(ZoneOffset.UTC)).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(ContestRow.class, contestId));
    }

    /** Claims a LIVE contest (an early end), or nothing when another instance holds it or it is not LIVE. */
    Optional<ContestRow> claimLive(long contestId) {
        List<?> ids = em.createNativeQuery(
                        "SELECT id FROM contest WHERE id = ?1 AND status = 'LIVE' FOR UPDATE SKIP LOCKED")
                .setParameter(1, contestId).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(ContestRow.class, contestId));
    }

    /** Claims a finalised contest for the late-correction check, or nothing when another instance holds it. */
    Optional<ContestRow> claimForCheck(long contestId) {
        List<?> ids = em.createNativeQuery(
                        "SELECT id FROM contest WHERE id = ?1 AND status = 'FINALISED' FOR UPDATE SKIP LOCKED")
                .setParameter(1, contestId).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.ofNullable(em.find(ContestRow.class, contestId));
    }

    /** Contests whose next time-driven step is due, soonest first. */
    List<Long> due(Instant now, int limit) {
        return em.createQuery("select c.id from ContestRow c where c.nextDueAt <= :now order by c.nextDueAt",
                        Long.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
    }

    /** Contests in the given states, of every organisation (the projector's and checker's work list). */
    List<ContestRow> inStates(Set<ContestStatus> states) {
        return em.createQuery("select c from ContestRow c where c.status in :states order by c.id", ContestRow.class)
                .setParameter("states", states.stream().map(Enum::name).toList()).getResultList();
    }

    /** Contests of every organisation finalised at or after {@code since} (the results sweep's work list). */
    List<ContestRow> finalisedSince(Instant since) {
        return em.createQuery("select c from ContestRow c where c.status = 'FINALISED' and exists (select s.id from "
                        + "ContestStepRow s where s.contestId = c.id and s.action = 'FINALISE' and s.takenAt >= :since) "
                        + "order by c.id", ContestRow.class)
                .setParameter("since", since.atOffset(ZoneOffset.UTC)).getResultList();
    }

    /**
     * Finalised contests that ended at or after {@code endedSince} whose organisation's ledger has moved
     * past what their late-correction check last saw (the checker's work list): one query, however many
     * contests were finalised over the years.
     */
    List<Long> finalisedBehindTheLedger(Instant endedSince, int limit) {
        List<?> ids = em.createNativeQuery("SELECT c.id FROM contest c JOIN ledger_head h ON h.org_id = c.org_id "
                        + "WHERE c.status = 'FINALISED' AND c.checked_position < h.position AND c.ends_at >= ?1 "
                        + "ORDER BY c.id")
                .setParameter(1, endedSince.atOffset(ZoneOffset.UTC)).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** One organisation's contests below an id, newest first; {@code status} null for all. */
    List<ContestRow> page(long orgId, ContestStatus status, long beforeId, int limit) {
        TypedQuery<ContestRow> q = em.createQuery("select c from ContestRow c where c.orgId = :org and c.id < :before"
                        + (status == null ? "" : " and c.status = :status") + " order by c.id desc", ContestRow.class)
                .setParameter("org", orgId).setParameter("before", beforeId).setMaxResults(limit);
        if (status != null) {
            q.setParameter("status", status.name());
        }
        return q.getResultList();
    }

    List<ContestStepRow> steps(long contestId) {
        return em.createQuery("select s from ContestStepRow s where s.contestId = :c order by s.seq", ContestStepRow.class)
                .setParameter("c", contestId).getResultList();
    }

    static List<Transition> transitions(List<ContestStepRow> rows) {
        List<Transition> out = new ArrayList<>();
        for (ContestStepRow r : rows) {
            out.add(new Transition(ContestStatus.valueOf(r.fromStatus), ContestStatus.valueOf(r.toStatus),
                    dev.pacesetter.contests.LifecycleAction.valueOf(r.action), r.actor, r.takenAt.toInstant()));
        }
        return out;
    }

    void addStep(long contestId, int seq, Transition step) {
        ContestStepRow row = new ContestStepRow();
        row.contestId = contestId;
        row.seq = seq;
        row.action = step.action().name();
        row.fromStatus = step.from().name();
        row.toStatus = step.to().name();
        row.actor = step.by();
        row.takenAt = step.at().atOffset(ZoneOffset.UTC);
        em.persist(row);
    }

    Set<Long> optIns(long contestId) {
        return Set.copyOf(em.createQuery("select o.userId from ContestOptInRow o where o.contestId = :c", Long.class)
                .setParameter("c", contestId).getResultList());
    }

    void optIn(long contestId, long userId, Instant at) {
        ContestOptInRow row = new ContestOptInRow();
        row.contestId = contestId;
        row.userId = userId;
        row.takenAt = at.atOffset(ZoneOffset.UTC);
        em.persist(row);
    }

    void persist(Object row) {
        em.persist(row);
    }

    List<FrozenStandingRow> frozen(long contestId, boolean teams) {
        return em.createQuery("select s from FrozenStandingRow s where s.contestId = :c and s.team = :t order by s.place",
                        FrozenStandingRow.class)
                .setParameter("c", contestId).setParameter("t", teams).getResultList();
    }

    List<AwardRow> awards(long contestId) {
        return em.createQuery("select a from AwardRow a where a.contestId = :c order by a.place, a.entrantId, a.id",
                        AwardRow.class)
                .setParameter("c", contestId).getResultList();
    }

    List<DiscrepancyRow> discrepancies(long contestId) {
        return em.createQuery("select d from DiscrepancyRow d where d.contestId = :c order by d.ledgerPosition, d.id",
                        DiscrepancyRow.class)
                .setParameter("c", contestId).getResultList();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
