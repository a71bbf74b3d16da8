package dev.pacesetter.spiffs.service;

import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;

/** The step rows of awards: each status an award reached, who and when. */
final class AwardSteps {

    private AwardSteps() {
    }

    static void add(EntityManager em, long awardId, String status, Long actorId, OffsetDateTime at, String note) {
        SpiffAwardStepRow step = new SpiffAwardStepRow();
        step.awardId = awardId;
        step.status = status;
        step.actorId = actorId;
        step.at = at;
        step.note = note;
        em.persist(step);
    }

    static List<SpiffAwardStepRow> of(EntityManager em, long awardId) {
        return em.createQuery("select s from SpiffAwardStepRow s where s.awardId = :a order by s.id", SpiffAwardStepRow.class)
                .setParameter("a", awardId).getResultList();
    }
}
