package dev.pacesetter.nudges;

import dev.pacesetter.platform.Jdbc;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which dedupe keys of a set of nudges are already used, in one statement per organisation. */
final class OutboxKeys {

    private OutboxKeys() {
    }

    static String dedupe(long orgId, long userId, String dedupeKey) {
        return orgId + "/" + userId + "/" + dedupeKey;
    }

    /**
     * Outbox ids by {@link #dedupe} key, for the nudges' keys already used. On PostgreSQL a LATERAL
     * probe of the dedupe index per key (its LIMIT keeps the planner from flattening it into a join it
     * may run as a scan of the organisation's outbox, as it does with IN lists when statistics are
     * stale); elsewhere one query per key.
     */
    static Map<String, Long> used(EntityManager em, List<NudgeOutbox.Nudge> nudges) {
        Map<Long, List<NudgeOutbox.Nudge>> byOrg = new HashMap<>();
        nudges.stream().filter(n -> n.dedupeKey() != null)
                .forEach(n -> byOrg.computeIfAbsent(n.orgId(), o -> new ArrayList<>()).add(n));
        Map<String, Long> used = new HashMap<>();
        if (byOrg.isEmpty()) {
            return used;
        }
        Connection connection = Jdbc.connection(em);
        byOrg.forEach((org, keyed) -> {
            if (Jdbc.postgres(connection)) {
                probe(connection, org, keyed, used);
            } else {
                for (NudgeOutbox.Nudge n : keyed) {
                    em.createQuery("select o.id from OutboxRow o where o.orgId = :org and o.userId = :user "
                                    + "and o.dedupeKey = :key", Long.class)
                            .setParameter("org", org).setParameter("user", n.userId())
                            .setParameter("key", n.dedupeKey()).getResultStream().findFirst()
                            .ifPresent(id -> used.put(dedupe(org, n.userId(), n.dedupeKey()), id));
                }
            }
        });
        return used;
    }

    private static void probe(Connection connection, long orgId, List<NudgeOutbox.Nudge> keyed, Map<String, Long> used) {
        try (PreparedStatement select = connection.prepareStatement("SELECT o.user_id, o.dedupe_key, o.id"
                + " FROM unnest(?::bigint[], ?::varchar[]) AS k(user_id, dedupe_key)"
                + " CROSS JOIN LATERAL (SELECT id, user_id, dedupe_key FROM nudge_outbox o WHERE o.org_id = ?"
                + " AND o.user_id = k.user_id AND o.dedupe_key = k.dedupe_key LIMIT 1) o")) {
            select.setArray(1, connection.createArrayOf("bigint", keyed.stream().map(NudgeOutbox.Nudge::userId).toArray()));
            select.setArray(2, connection.createArrayOf("varchar", keyed.stream().map(NudgeOutbox.Nudge::dedupeKey).toArray()));
            select.setLong(3, orgId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    used.put(dedupe(orgId, rows.getLong(1), rows.getString(2)), rows.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot look up used dedupe keys: " + e.getMessage(), e);
        }
    }
}
