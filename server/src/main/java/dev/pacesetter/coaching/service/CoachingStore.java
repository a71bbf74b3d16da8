package dev.pacesetter.coaching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The coaching tables. Callers hold the transaction; nothing here opens one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class CoachingStore {
    /** An activity still to do in a plan the rep is working on. */
    private static final String OPEN = "and p.state in ('ASSIGNED', 'IN_PROGRESS') and i.state in ('TODO', 'SENT_BACK') ";

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    void insert(RatingRow row) {
        em.persist(row);
        em.flush();
    }

    List<RatingRow> ratings(long orgId, long repId) {
        return em.createQuery("select r from RatingRow r where r.orgId = :org and r.repId = :rep "
                        + "order by r.createdAt desc, r.id desc", RatingRow.class)
                .setParameter("org", orgId).setParameter("rep", repId).getResultList();
    }

    /** Every rating of the organisation, oldest first, so putting them in a map leaves the latest. */
    List<RatingRow> ratingsOldestFirst(long orgId) {
        return em.createQuery("select r from RatingRow r where r.orgId = :org order by r.createdAt, r.id",
                        RatingRow.class)
                .setParameter("org", orgId).getResultList();
    }

    void insert(PlanRow plan, List<PlanItemRow> items) {
        em.persist(plan);
        em.flush();
        for (PlanItemRow item : items) {
            item.planId = plan.id;
            em.persist(item);
        }
        em.flush();
    }

    /** A plan of the organisation, locked until the transaction ends; empty for another organisation's. */
    Optional<PlanRow> lock(long orgId, long planId) {
        PlanRow row = em.find(PlanRow.class, planId, LockModeType.PESSIMISTIC_WRITE);
        return row == null || row.orgId != orgId ? Optional.empty() : Optional.of(row);
    }

    Optional<PlanRow> find(long orgId, long planId) {
        PlanRow row = em.find(PlanRow.class, planId);
        return row == null || row.orgId != orgId ? Optional.empty() : Optional.of(row);
    }

    List<PlanItemRow> items(long planId) {
        return em.createQuery("select i from PlanItemRow i where i.planId = :plan order by i.seq, i.id",
                        PlanItemRow.class)
                .setParameter("plan", planId).getResultList();
    }

    /** A draft's items after an edit: the old rows go, the new ones are written. */
    void replaceItems(PlanRow plan, List<PlanItemRow> items) {
        em.createQuery("delete from PlanItemRow i where i.planId = :plan").setParameter("plan", plan.id)
                .executeUpdate();
        for (PlanItemRow item : items) {
            item.planId = plan.id;
            em.persist(item);
        }
        em.flush();
    }

    /** Plans newest first; {@code reps} null for every rep; {@code state} null for every state. */
    List<PlanRow> plans(long orgId, Collection<Long> reps, String state, boolean includeDrafts) {
        StringBuilder jpql = new StringBuilder("select p from PlanRow p where p.orgId = :org");
        if (reps != null) {
            if (reps.isEmpty()) {
                return List.of();
            }
            jpql.append(" and p.repId in :reps");
        }
        if (state != null) {
            jpql.append(" and p.state = :state");
        }
        if (!includeDrafts) {
            jpql.append(" and p.state <> 'DRAFT'");
        }
        jpql.append(" order by p.id desc");
        TypedQuery<PlanRow> q = em.createQuery(jpql.toString(), PlanRow.class).setParameter("org", orgId)
                .setMaxResults(200);
        if (reps != null) {
            q.setParameter("reps", List.copyOf(reps));
        }
        if (state != null) {
            q.setParameter("state", state);
        }
        return q.getResultList();
    }

    /** One rep's open items of live plans due on or before {@code lastDue} (the digest's count). */
    long countOpenItemsDueBy(long orgId, long repId, LocalDate lastDue) {
        return em.createQuery("select count(i) from PlanItemRow i, PlanRow p where p.id = i.planId "
                        + "and p.orgId = :org and p.repId = :rep " + OPEN + "and i.dueOn <= :due", Long.class)
                .setParameter("org", orgId).setParameter("rep", repId).setParameter("due", lastDue)
                .getSingleResult();
    }

    /** Open items of live plans due on or before {@code lastDue}, every organisation: the reminder job's work. */
    List<Object[]> openItemsDueBy(LocalDate lastDue, int limit) {
        return em.createQuery("select i, p from PlanItemRow i, PlanRow p where p.id = i.planId "
                        + OPEN + "and i.dueOn <= :due order by i.dueOn, i.id", Object[].class)
                .setParameter("due", lastDue).setMaxResults(limit).getResultList();
    }
}
