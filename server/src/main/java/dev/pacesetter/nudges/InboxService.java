package dev.pacesetter.nudges;

import dev.pacesetter.content.RenderedNudge;
import dev.pacesetter.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** A user's in-app inbox: newest first, read state per item. */
@ApplicationScoped
class InboxService {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds an item; joins the caller's transaction (the dispatcher's, so it commits with the outbox state). */
    @Transactional
    InboxRow add(long orgId, long userId, Long outboxId, RenderedNudge nudge) {
        InboxRow row = new InboxRow();
        row.orgId = orgId;
        row.userId = userId;
        row.outboxId = outboxId;
        row.kind = nudge.kind().name();
        row.category = nudge.category().name();
        row.title = nudge.title();
        row.body = nudge.body();
        row.deepLink = nudge.deepLink();
        row.createdAt = now();
        em.persist(row);
        em.flush();
        return row;
    }

    /** Items with an id below {@code beforeId}, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<InboxRow> page(long orgId, long userId, long beforeId, int limit, boolean unreadOnly) {
        return em.createQuery("select i from InboxRow i where i.orgId = :org and i.userId = :user and i.id < :before"
                        + (unreadOnly ? " and i.readAt is null" : "") + " order by i.id desc", InboxRow.class)
                .setParameter("org", orgId).setParameter("user", userId).setParameter("before", beforeId)
                .setMaxResults(limit).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    long unread(long orgId, long userId) {
        return em.createQuery("select count(i) from InboxRow i where i.orgId = :org and i.userId = :user "
                        + "and i.readAt is null", Long.class)
                .setParameter("org", orgId).setParameter("user", userId).getSingleResult();
    }

    /** Marks one item read; the first read time stays. Another user's item is a 404. */
    @Transactional
    InboxRow markRead(long orgId, long userId, long itemId) {
        InboxRow row = em.find(InboxRow.class, itemId);
        if (row == null || row.orgId != orgId || row.userId != userId) {
            throw ProblemException.notFound("Inbox item " + itemId);
        }
        if (row.readAt == null) {
            row.readAt = now();
        }
        return row;
    }

    @Transactional
    int markAllRead(long orgId, long userId) {
        return em.createQuery("update InboxRow i set i.readAt = :now where i.orgId = :org and i.userId = :user "
                        + "and i.readAt is null")
                .setParameter("now", now()).setParameter("org", orgId)
                .setParameter("user", userId).executeUpdate();
    }

    /** Now, at the database's precision (microseconds), so a returned value equals a re-read one. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
