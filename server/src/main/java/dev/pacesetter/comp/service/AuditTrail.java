package dev.pacesetter.comp.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.pacesetter.api.model.CompAuditEntity;
import dev.pacesetter.api.model.CompAuditEntry;
import dev.pacesetter.identity.IdentityService;
import dev.pacesetter.platform.Caller;
import dev.pacesetter.platform.JsonProvider;
import dev.pacesetter.platform.ProblemException;
import dev.pacesetter.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the compensation audit trail that {@link Audit} writes, newest first. Admins read the whole
 * organisation's; a manager reads the entries about their reports (at any depth) and, since a plan
 * version belongs to no rep, no plan versions; nobody else reads it.
 */
@ApplicationScoped
public class AuditTrail {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    IdentityService identity;

    /** Entries below {@code beforeId}, newest first, optionally of one entity kind and one rep. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompAuditEntry> entries(Caller caller, CompAuditEntity entity, Long userId, long beforeId, int limit) {
        caller.require(Role.MANAGER, Role.ADMIN);
        if (caller.actingFor() != null) {
            throw ProblemException.forbidden("The audit trail is not readable on behalf of a rep.");
        }
        Collection<Long> subjects = null;
        if (userId != null) {
            if (!identity.canSee(caller, userId) || (!caller.isAdmin() && userId == caller.userId())) {
                throw ProblemException.notFound("User " + userId);
            }
            subjects = Set.of(userId);
        } else if (!caller.isAdmin()) {
            subjects = identity.reportIds(caller.orgId(), caller.userId());
        }
        if (subjects != null && subjects.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select a from AuditRow a where a.orgId = :org and a.id < :before"
                        + (subjects == null ? "" : " and a.subjectUserId in :users")
                        + (entity == null ? "" : " and a.entity = :entity") + " order by a.id desc", AuditRow.class)
                .setParameter("org", caller.orgId()).setParameter("before", beforeId).setMaxResults(limit);
        if (subjects != null) {
            q.setParameter("users", List.copyOf(subjects));
        }
        if (entity != null) {
            q.setParameter("entity", entity.toString());
        }
        return q.getResultList().stream().map(AuditTrail::toApi).toList();
    }

    private static CompAuditEntry toApi(AuditRow row) {
        return new CompAuditEntry().id(row.id).actorId(row.actorId).at(row.at.withOffsetSameInstant(ZoneOffset.UTC))
                .entity(CompAuditEntity.fromValue(row.entity)).entityId(row.entityId).userId(row.subjectUserId)
                .action(row.action).before(object(row.beforeJson)).after(object(row.afterJson));
    }

    /** The stored JSON as an object; a scalar or list (none are written today) is wrapped as {@code value}. */
    private static Map<String, Object> object(String json) {
        if (json == null) {
            return null;
        }
        try {
            Object value = JsonProvider.mapper().readValue(json, Object.class);
            if (value instanceof Map<?, ?>) {
                return JsonProvider.mapper().readValue(json, OBJECT);
            }
            return Map.of("value", value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + row(json) + " is unreadable", e);
        }
    }

    private static String row(String json) {
        return json.length() > 40 ? json.substring(0, 40) + "…" : json;
    }
}
