package dev.pacesetter.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
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
        // As columns, not entities: every projector reads each batch through here, and building and
        // registering a thousand managed entities per batch only to turn them into views was most of it.
        return em.createQuery("select " + VIEW_COLUMNS + " from ActivityEntry a where a.orgId = :org "
                        + "and a.position > :pos order by a.position", Object[].class)
                .setParameter("org", orgId).setParameter("pos", position).setMaxResults(limit)
                .getResultList().stream().map(LedgerReader::view).toList();
    }

    /**
     * Entries at positions in {@code (after, upTo]}, in position order. Positions are gap-free, so
     * this is "the newest n up to a position" said as a bounded range: the planner, with stale
     * statistics, ran the open-ended "position below, newest first, limit n" as a read and sort of
     * the organisation's whole ledger.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> range(long orgId, long after, long upTo) {
        return em.createQuery("select " + VIEW_COLUMNS + " from ActivityEntry a where a.orgId = :org "
                        + "and a.position > :after and a.position <= :upTo order by a.position", Object[].class)
                .setParameter("org", orgId).setParameter("after", after).setParameter("upTo", upTo)
                .getResultList().stream().map(LedgerReader::view).toList();
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

    /** Newest first, below {@code beforePosition}; a user's entries include deals split with them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> page(long orgId, Filter filter, long beforePosition, int limit) {
        StringBuilder jpql = new StringBuilder(
                "select a from ActivityEntry a where a.orgId = :org and a.position < :before");
        List<Long> users = filter.users() == null ? null : List.copyOf(filter.users());
        if (users != null) {
            jpql.append(" and ").append(owners(users.size()));
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
        if (users != null) {
            participants(q, users);
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

    /** Entries of some users credited in {@code [from, to)}; corrections are credited at their original's instant. */
    public record CreditedRange(Collection<Long> users, Instant from, Instant to) {
        public CreditedRange {
            users = List.copyOf(users);
            if (users.isEmpty() || !from.isBefore(to)) {
                throw new IllegalArgumentException("a credited range needs users and from < to");
            }
        }
    }

    /**
     * Entries credited in a range, after {@code afterPosition}, oldest first — how a commission period
     * reads its items without scanning everything that occurred since it started. An entry counts for
     * its owner and for every user named in its splits (corrections carry their original's splits,
     * so a share's reversal is read with it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> credited(long orgId, CreditedRange range, long afterPosition, int limit) {
        // Read as columns, not entities: the rows are only turned into views, and building and
        // registering hundreds of managed entities was a large part of a statement's or an
        // estimate's time (the estimator answers interactively).
        List<Long> users = List.copyOf(range.users());
        TypedQuery<Object[]> q = em.createQuery("select " + VIEW_COLUMNS + " from ActivityEntry a "
                        + "where a.orgId = :org and " + owners(users.size())
                        + " and a.creditedAt >= :from and a.creditedAt < :to and a.position > :after "
                        + "order by a.position", Object[].class)
                .setParameter("org", orgId)
                .setParameter("from", range.from().atOffset(ZoneOffset.UTC))
                .setParameter("to", range.to().atOffset(ZoneOffset.UTC))
                .setParameter("after", afterPosition).setMaxResults(limit);
        participants(q, users);
        return q.getResultList().stream().map(LedgerReader::view).toList();
    }

    /** What {@link #view(Object[])} reads, in its order. */
    private static final String VIEW_COLUMNS = "a.id, a.orgId, a.position, a.source, a.externalId, a.type, "
            + "a.userId, a.occurredAt, a.receivedAt, a.creditedAt, a.amount, a.currency, a.product, "
            + "a.dealId, a.correctsId, a.correction, a.countDelta, a.amountDelta, a.pointsDelta, "
            + "a.newLogo, a.splits";

    /** The same view as {@link ActivityEntry#view}, from {@link #VIEW_COLUMNS}. */
    private static LedgerEntry view(Object[] r) {
        return new LedgerEntry((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (String) r[4], (String) r[5],
                (Long) r[6], ((OffsetDateTime) r[7]).toInstant(), ((OffsetDateTime) r[8]).toInstant(),
                ((OffsetDateTime) r[9]).toInstant(), (BigDecimal) r[10], (String) r[11], (String) r[12],
                (String) r[13], (Long) r[14], (String) r[15], (Integer) r[16], (BigDecimal) r[17], (Integer) r[18],
                Boolean.TRUE.equals(r[19]), SplitShare.decode((String) r[20]));
    }

    /** "Owned by one of the users, or split with one of them"; bind with {@link #participants}. */
    private static String owners(int users) {
        StringBuilder who = new StringBuilder("(a.userId in :users");
        for (int i = 0; i < users; i++) {
            who.append(" or concat(',', a.splits) like :split").append(i);
        }
        return who.append(')').toString();
    }

    private static void participants(TypedQuery<?> q, List<Long> users) {
        q.setParameter("users", users);
        for (int i = 0; i < users.size(); i++) {
            q.setParameter("split" + i, SplitShare.participantPattern(users.get(i)));
        }
    }
}
