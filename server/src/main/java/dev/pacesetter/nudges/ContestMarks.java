package dev.pacesetter.nudges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What has been told about a contest ({@code nudge_contest_mark}): a mark and the nudges it stands
 * for are written in one transaction, so a moment is told once however often the standings move
 * and however many instances watch them. User 0 marks a whole-contest moment (results, ending soon).
 */
@ApplicationScoped
class ContestMarks {
    /** The user id of a mark that stands for the whole contest. */
    static final long WHOLE_CONTEST = 0;

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    NudgeOutbox outbox;

    @Inject
    Clock clock;

    /** The marks of a contest, as {@code userId:mark}, to skip known moments without a write. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Set<String> of(long contestId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT user_id, mark FROM nudge_contest_mark WHERE contest_id = ?1")
                .setParameter(1, contestId).getResultList();
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(((Number) r[0]).longValue() + ":" + r[1]));
        return out;
    }

    /** Whether the mark exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    boolean has(long contestId, long userId, String mark) {
        return !em.createNativeQuery("SELECT 1 FROM nudge_contest_mark WHERE contest_id = ?1 AND user_id = ?2 "
                        + "AND mark = ?3").setParameter(1, contestId).setParameter(2, userId).setParameter(3, mark)
                .getResultList().isEmpty();
    }

    /**
     * Writes the mark and enqueues the nudges, in a transaction of their own; false (nothing written)
     * when the mark exists. Two instances racing for a new mark both insert: the primary key fails
     * one of them, whose transaction (and nudges) roll back — the caller sees an exception and may
     * ignore it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean once(long orgId, long contestId, long userId, String mark, List<NudgeOutbox.Nudge> nudges) {
        int inserted = em.createNativeQuery("""
                        INSERT INTO nudge_contest_mark (contest_id, user_id, mark, org_id, created_at)
                        SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (
                            SELECT 1 FROM nudge_contest_mark WHERE contest_id = ?1 AND user_id = ?2 AND mark = ?3)""")
                .setParameter(1, contestId).setParameter(2, userId).setParameter(3, mark).setParameter(4, orgId)
                .setParameter(5, NudgeOutbox.at(clock.instant())).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        nudges.forEach(outbox::enqueue);
        return true;
    }
}
