package dev.pacesetter.comp.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pacesetter.platform.JsonProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Writes the compensation audit trail, in the transaction of the change it records. */
@ApplicationScoped
public class Audit {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void record(long orgId, long actorId, String entity, long entityId, String action, Object before, Object after) {
        AuditRow row = new AuditRow();
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

    /** How many audit rows an entity has; for tests and support. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(long orgId, String entity) {
        return em.createQuery("select count(a) from AuditRow a where a.orgId = :org and a.entity = :entity", Long.class)
                .setParameter("org", orgId).setParameter("entity", entity).getSingleResult();
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
