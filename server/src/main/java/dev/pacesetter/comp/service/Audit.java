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

    /** A change to an entity that belongs to no rep (a plan version). */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(long orgId, long actorId, String entity, long entityId, String action, Object before, Object after) {
        record(new Change(orgId, actorId, null, entity, entityId, action), before, after);
    }

    /** Who did what to which entity, and the rep it belongs to (null for none) so their managers can read it. */
    record Change(long orgId, long actorId, Long subjectUserId, String entity, long entityId, String action) {
    }

    /** A change, with the entity's state before (null for a creation) and after. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Change change, Object before, Object after) {
        AuditRow row = new AuditRow();
        row.orgId = change.orgId();
        row.actorId = change.actorId();
        row.subjectUserId = change.subjectUserId();
        row.at = OffsetDateTime.now(clock);
        row.entity = change.entity();
        row.entityId = change.entityId();
        row.action = change.action();
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
