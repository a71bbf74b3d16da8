package dev.pacesetter.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to the ledger for other features (projections, statements, signals). */
@ApplicationScoped
public class LedgerReader {

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    /** Entries after a ledger position, in position order — how projections catch up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> after(long orgId, long position, int limit) {
        return em.createQuery("select a from ActivityEntry a where a.orgId = :org and a.position > :pos "
                        + "order by a.position", ActivityEntry.class)
                .setParameter("org", orgId).setParameter("pos", position).setMaxResults(limit)
                .getResultList().stream().map(ActivityEntry::view).toList();
    }

    /** The last position handed out, 0 for an empty ledger. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long head(long orgId) {
        List<?> rows = em.createNativeQuery("SELECT position FROM ledger_head WHERE org_id = ?1")
                .setParameter(1, orgId).getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.getFirst()).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerEntry> byId(long orgId, long id) {
        ActivityEntry e = em.find(ActivityEntry.class, id);
        return e == null || e.orgId != orgId ? Optional.empty() : Optional.of(e.view());
    }

    /** What a listing may filter on; null fields do not filter. {@code users} null means everyone. */
    public record Filter(Collection<Long> users, String type, Instant from, Instant to) {
    }

    /** Newest first, below {@code beforePosition}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> page(long orgId, Filter filter, long beforePosition, int limit) {
        StringBuilder jpql = new StringBuilder(
                "select a from ActivityEntry a where a.orgId = :org and a.position < :before");
        if (filter.users() != null) {
            jpql.append(" and a.userId in :users");
        }
        if (filter.type() != null) {
            jpql.append(" and a.type = :type");
        }
        if (filter.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        jpql.append(" order by a.position desc");
        TypedQuery<ActivityEntry> q = em.createQuery(jpql.toString(), ActivityEntry.class)
                .setParameter("org", orgId).setParameter("before", beforePosition).setMaxResults(limit);
        if (filter.users() != null) {
            q.setParameter("users", List.copyOf(filter.users()));
        }
        if (filter.type() != null) {
            q.setParameter("type", filter.type());
        }
        if (filter.from() != null) {
            q.setParameter("from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            q.setParameter("to", filter.to().atOffset(ZoneOffset.UTC));
        }
        return q.getResultList().stream().map(ActivityEntry::view).toList();
    }
}
