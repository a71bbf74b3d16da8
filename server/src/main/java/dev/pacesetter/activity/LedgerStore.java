package dev.pacesetter.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ledger queries. Package-private: other features read through {@link LedgerReader}. */
@ApplicationScoped
class LedgerStore {
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    /**
     * Locks the organisation's ledger head for the rest of the transaction and returns it. The row
     * is created on first use; a concurrent first use loses the insert race and simply waits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    long lockHead(long orgId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            List<?> rows = em.createNativeQuery("SELECT position FROM ledger_head WHERE org_id = ?1 FOR UPDATE")
                    .setParameter(1, orgId).getResultList();
            if (!rows.isEmpty()) {
                return ((Number) rows.getFirst()).longValue();
            }
            em.createNativeQuery("INSERT INTO ledger_head (org_id, position) SELECT ?1, 0 WHERE NOT EXISTS "
                    + "(SELECT 1 FROM ledger_head WHERE org_id = ?1)").setParameter(1, orgId).executeUpdate();
        }
        throw new IllegalStateException("cannot lock the ledger head of organisation " + orgId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void advanceHead(long orgId, long position) {
        em.createNativeQuery("UPDATE ledger_head SET position = ?1 WHERE org_id = ?2")
                .setParameter(1, position).setParameter(2, orgId).executeUpdate();
    }

    /** Stored entries under the given (source, external ids), keyed by {@link LedgerBatch#key}. */
    Map<String, ActivityEntry> existing(long orgId, Map<String, Set<String>> keys) {
        Map<String, ActivityEntry> out = new HashMap<>();
        keys.forEach((source, ids) -> {
            List<String> all = new ArrayList<>(ids);
            for (int i = 0; i < all.size(); i += IN_CHUNK) {
                em.createQuery("select a from ActivityEntry a where a.orgId = :org and a.source = :source "
                                + "and a.externalId in :ids", ActivityEntry.class)
                        .setParameter("org", orgId).setParameter("source", source)
                        .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_CHUNK)))
                        .getResultList()
                        .forEach(a -> out.put(LedgerBatch.key(a.source, a.externalId), a));
            }
        });
        return out;
    }

    ActivityEntry find(long orgId, String source, String externalId) {
        return em.createQuery("select a from ActivityEntry a where a.orgId = :org and a.source = :source "
                        + "and a.externalId = :id", ActivityEntry.class)
                .setParameter("org", orgId).setParameter("source", source).setParameter("id", externalId)
                .getResultStream().findFirst().orElse(null);
    }

    /** The net effect of an original activity and every stored correction of it. */
    LedgerBatch.State correctionState(long orgId, long originalId) {
        Object[] row = (Object[]) em.createQuery("select sum(a.countDelta), sum(a.amountDelta), sum(a.pointsDelta) "
                        + "from ActivityEntry a where a.orgId = :org and (a.id = :id or a.correctsId = :id)")
                .setParameter("org", orgId).setParameter("id", originalId).getSingleResult();
        return new LedgerBatch.State(((Number) row[0]).intValue(),
                row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1], ((Number) row[2]).intValue());
    }
}
