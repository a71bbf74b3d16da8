package dev.pacesetter.spiffs.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pacesetter.platform.JsonProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes the SPIFF audit trail in the transaction of the change it records (as comp's audit does). */
@ApplicationScoped
public class SpiffAudit {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a change; {@code actorId} null means the ledger caused it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(long orgId, Long actorId, String entity, long entityId, String action, Object before, Object after) {
        SpiffAuditRow row = new SpiffAuditRow();
        row.orgId = orgId;
        row.actorId = actorId;
        row.at = OffsetDateTime.now(clock);
        row.entity = entity;
        row.entityId = entityId;
        row.action = action;
        row.beforeJson = json(before);
        row.afterJson = json(after);
        em.persist(row);
    }

    /** How many audit rows one program or award has; for tests and support. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(long orgId, String entity, long entityId) {
        return em.createQuery("select count(a) from SpiffAuditRow a where a.orgId = :org and a.entity = :entity "
                        + "and a.entityId = :id", Long.class)
                .setParameter("org", orgId).setParameter("entity", entity).setParameter("id", entityId)
                .getSingleResult();
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JsonProvider.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot audit " + value.getClass().getSimpleName(), e);
        }
    }
}
