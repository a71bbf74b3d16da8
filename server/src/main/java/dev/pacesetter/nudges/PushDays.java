package dev.pacesetter.nudges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The daily push counter ({@code nudge_push_day}): one row per user and local day. The cap holds
 * across any number of dispatchers because a push slot is taken with one conditional UPDATE
 * ({@code pushes < cap}) committed before the push, not by counting what was pushed: of two
 * dispatchers reaching for the last slot, the database lets exactly one through.
 */
@ApplicationScoped
class PushDays {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    /** Pushes taken on the user's day starting at {@code dayStart}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    int taken(long orgId, long userId, Instant dayStart) {
        List<?> rows = em.createNativeQuery("SELECT pushes FROM nudge_push_day WHERE org_id = ?1 AND user_id = ?2 "
                        + "AND day_start = ?3").setParameter(1, orgId).setParameter(2, userId)
                .setParameter(3, NudgeOutbox.at(dayStart)).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).intValue();
    }

    /**
     * Takes one of the day's {@code cap} pushes, committed at once; false when none is left. Two
     * dispatchers creating the day's row at the same moment: the primary key fails one of them with
     * an exception, and its retry finds the row (see {@link NudgeDispatcher}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean take(long orgId, long userId, Instant dayStart, int cap) {
        int updated = em.createNativeQuery("UPDATE nudge_push_day SET pushes = pushes + 1 WHERE org_id = ?1 "
                        + "AND user_id = ?2 AND day_start = ?3 AND pushes < ?4").setParameter(1, orgId)
                .setParameter(2, userId).setParameter(3, NudgeOutbox.at(dayStart)).setParameter(4, cap).executeUpdate();
        if (updated == 1) {
            return true;
        }
        if (cap < 1) {
            return false;
        }
        return em.createNativeQuery("""
                        INSERT INTO nudge_push_day (org_id, user_id, day_start, pushes)
                        SELECT ?1, ?2, ?3, 1 WHERE NOT EXISTS (
                            SELECT 1 FROM nudge_push_day WHERE org_id = ?1 AND user_id = ?2 AND day_start = ?3)""")
                .setParameter(1, orgId).setParameter(2, userId).setParameter(3, NudgeOutbox.at(dayStart))
                .executeUpdate() == 1;
    }

    /** Gives a taken slot back: the push reached no device, so it does not count against the cap. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void giveBack(long orgId, long userId, Instant dayStart) {
        em.createNativeQuery("UPDATE nudge_push_day SET pushes = pushes - 1 WHERE org_id = ?1 AND user_id = ?2 "
                        + "AND day_start = ?3 AND pushes > 0").setParameter(1, orgId).setParameter(2, userId)
                .setParameter(3, NudgeOutbox.at(dayStart)).executeUpdate();
    }
}
