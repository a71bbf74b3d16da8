package dev.pacesetter.activity;

import dev.pacesetter.platform.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/** Ledger queries. Package-private: other features read through {@link LedgerReader}. */
@ApplicationScoped
class LedgerStore {
    private static final int IN_CHUNK = 500;
    /** {@code activity_seq}'s increment, equal to {@code ActivityEntry}'s allocation size. */
    static final int ID_BLOCK = 50;
    /** Rows per multi-row INSERT: 23 parameters each keeps a statement far below the drivers' limits. */
    private static final int INSERT_CHUNK = 250;
    private static final String INSERT_COLUMNS = "INSERT INTO activity (id, org_id, position, source, external_id, "
            + "type, user_id, occurred_at, received_at, credited_at, amount, currency, product, deal_id, corrects_id, "
            + "correction, count_delta, amount_delta, points_delta, payload_hash, ingested_by, new_logo, splits) VALUES ";
    private static final String INSERT_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    @PersistenceContext(unitName = "pacesetter")
    EntityManager em;

    /**
     * Locks the organisation's ledger head for the rest of the transaction and returns it. The row
     * is created on first use; a concurrent first use loses the insert race and simply waits.
     * Everything an ingest writes goes through this one connection — the one the persistence
     * context's transaction uses — so the lock, the ids and the rows can never be split across
     * pooled connections (each of which the JTA data source would hold until commit).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    long lockHead(long orgId) {
        Connection connection = connection();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT position FROM ledger_head WHERE org_id = ? FOR UPDATE");
             PreparedStatement create = connection.prepareStatement("INSERT INTO ledger_head (org_id, position) "
                     + "SELECT ?, 0 WHERE NOT EXISTS (SELECT 1 FROM ledger_head WHERE org_id = ?)")) {
            for (int attempt = 0; attempt < 2; attempt++) {
                select.setLong(1, orgId);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
                create.setLong(1, orgId);
                create.setLong(2, orgId);
                create.executeUpdate();
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot lock the ledger head: " + e.getMessage(), e);
        }
        throw new IllegalStateException("cannot lock the ledger head of organisation " + orgId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void advanceHead(long orgId, long position) {
        try (PreparedStatement update = connection().prepareStatement(
                "UPDATE ledger_head SET position = ? WHERE org_id = ?")) {
            update.setLong(1, position);
            update.setLong(2, orgId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot advance the ledger head: " + e.getMessage(), e);
        }
    }

    /**
     * Ledger ids from {@code activity_seq}, taken a block of {@link #ID_BLOCK} at a time (the
     * sequence's increment, and the entity's allocation size) on the transaction's connection, as
     * they are needed. Letting the ORM allocate instead took one more pooled connection per block
     * of 50, each held until commit: a batch of 1000 needed 21 connections of a pool of 16 and
     * stalled until the pool's timeout. On PostgreSQL the blocks for {@code expected} ids come in one
     * round trip (twenty {@code nextval}s one by one were a tenth of the head lock's hold); ids a
     * batch does not use are a gap in ids, never in positions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    LongSupplier ids(int expected) {
        java.util.ArrayDeque<Long> blocks = new java.util.ArrayDeque<>();
        long[] block = {0, 0};
        return () -> {
            if (block[0] == block[1]) {
                if (blocks.isEmpty()) {
                    blocks.addAll(nextBlocks(block[1] == 0 ? expected : 1));
                }
                block[0] = blocks.removeFirst();
                block[1] = block[0] + ID_BLOCK;
            }
            return block[0]++;
        };
    }

    /** The first ids of enough blocks for {@code ids} ids (at least one block). */
    private List<Long> nextBlocks(int ids) {
        Connection connection = connection();
        int count = Math.max(1, (ids + ID_BLOCK - 1) / ID_BLOCK);
        String sql = count > 1 && Jdbc.postgres(connection)
                ? "SELECT nextval('activity_seq') FROM generate_series(1, " + count + ")"
                : "SELECT nextval('activity_seq')";
        List<Long> out = new ArrayList<>(count);
        try (PreparedStatement next = connection.prepareStatement(sql);
             ResultSet rows = next.executeQuery()) {
            while (rows.next()) {
                out.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot reserve ledger ids: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Appends new entries, in order, on the transaction's connection: on PostgreSQL with one
     * {@code COPY ... FROM STDIN} (PgJDBC's CopyManager), elsewhere (the embedded H2) with multi-row
     * INSERTs. The ledger is append-only and nothing reads these rows back through this persistence
     * context, so registering a thousand entities for change tracking (weaving is off: each one is
     * cloned and compared at commit) bought nothing and cost most of an ingest; see bench/RESULTS.md.
     * Rows go in list order, so an original always precedes a correction of it from the same batch.
     * This runs under the organisation's head lock, which every other ingest of it waits for: COPY
     * was the shortest of the three ways measured here for 1000 rows (bench/NOTES.md, item 4).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void append(List<ActivityEntry> entries) {
        Connection connection = connection();
        try {
            if (Jdbc.postgres(connection)) {
                copy(connection, entries);
            } else {
                insert(connection, entries);
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot append to the ledger: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection connection, List<ActivityEntry> entries) throws SQLException {
        for (int from = 0; from < entries.size(); from += INSERT_CHUNK) {
            List<ActivityEntry> chunk = entries.subList(from, Math.min(entries.size(), from + INSERT_CHUNK));
            try (PreparedStatement insert = connection.prepareStatement(INSERT_COLUMNS
                    + String.join(",", Collections.nCopies(chunk.size(), INSERT_ROW)))) {
                int p = 1;
                for (ActivityEntry e : chunk) {
                    p = bind(insert, p, e);
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * The rows as one COPY in text format, built before it is sent. The same 23 columns as
     * {@link #bind}, in the same order; timestamps with their offset (so the session's time zone
     * plays no part), numerics as plain decimals, {@code \N} for null.
     */
    private static void copy(Connection connection, List<ActivityEntry> entries) throws SQLException {
        StringBuilder rows = new StringBuilder(entries.size() * 320);
        for (ActivityEntry e : entries) {
            rows.append(e.id).append('\t').append(e.orgId).append('\t').append(e.position);
            text(rows, e.source);
            text(rows, e.externalId);
            text(rows, e.type);
            rows.append('\t').append(e.userId);
            time(rows, e.occurredAt);
            time(rows, e.receivedAt);
            time(rows, e.creditedAt);
            decimal(rows, e.amount);
            text(rows, e.currency);
            text(rows, e.product);
            text(rows, e.dealId);
            rows.append('\t');
            if (e.correctsId == null) {
                rows.append("\\N");
            } else {
                rows.append(e.correctsId.longValue());
            }
            text(rows, e.correction);
            rows.append('\t').append(e.countDelta);
            decimal(rows, e.amountDelta);
            rows.append('\t').append(e.pointsDelta);
            text(rows, e.payloadHash);
            rows.append('\t').append(e.ingestedBy);
            rows.append('\t').append(e.newLogo == null ? "\\N" : e.newLogo ? "t" : "f");
            text(rows, e.splits);
            rows.append('\n');
        }
        byte[] data = rows.toString().getBytes(StandardCharsets.UTF_8);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new SQLException("cannot send the rows: " + e.getMessage(), e);
        }
    }

    private static final String COPY = "COPY activity (id, org_id, position, source, external_id, type, user_id, "
            + "occurred_at, received_at, credited_at, amount, currency, product, deal_id, corrects_id, correction, "
            + "count_delta, amount_delta, points_delta, payload_hash, ingested_by, new_logo, splits) FROM STDIN";

    /** A tab, then the value escaped for COPY's text format (backslash, tab, newline, return), or null. */
    private static void text(StringBuilder out, String value) {
        out.append('\t');
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static void time(StringBuilder out, OffsetDateTime value) {
        out.append('\t');
        if (value == null) {
            out.append("\\N");
        } else {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.formatTo(value, out);
        }
    }

    private static void decimal(StringBuilder out, BigDecimal value) {
        out.append('\t');
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value.toPlainString());
        }
    }

    /** The persistence context's transactional connection (see {@link Jdbc#connection}). */
    private Connection connection() {
        return Jdbc.connection(em);
    }

    private static int bind(PreparedStatement s, int p, ActivityEntry e) throws SQLException {
        s.setLong(p++, e.id);
        s.setLong(p++, e.orgId);
        s.setLong(p++, e.position);
        s.setString(p++, e.source);
        s.setString(p++, e.externalId);
        s.setString(p++, e.type);
        s.setLong(p++, e.userId);
        s.setObject(p++, e.occurredAt);
        s.setObject(p++, e.receivedAt);
        s.setObject(p++, e.creditedAt);
        s.setBigDecimal(p++, e.amount);
        s.setString(p++, e.currency);
        s.setString(p++, e.product);
        s.setString(p++, e.dealId);
        if (e.correctsId == null) {
            s.setNull(p++, Types.BIGINT);
        } else {
            s.setLong(p++, e.correctsId);
        }
        s.setString(p++, e.correction);
        s.setInt(p++, e.countDelta);
        s.setBigDecimal(p++, e.amountDelta);
        s.setInt(p++, e.pointsDelta);
        s.setString(p++, e.payloadHash);
        s.setLong(p++, e.ingestedBy);
        if (e.newLogo == null) {
            s.setNull(p++, Types.BOOLEAN);
        } else {
            s.setBoolean(p++, e.newLogo);
        }
        s.setString(p++, e.splits);
        return p;
    }

    /**
     * Stored entries under the given (source, external ids), keyed by {@link LedgerBatch#key}. On
     * PostgreSQL one statement probes the idempotency index once per key: a LATERAL lookup on all
     * three of its columns, whose LIMIT keeps the planner from flattening it into a join (which it then
     * ran as a hash join over the organisation's whole ledger), so it can only run as index probes. The plain
     * {@code external_id IN (...)} it replaces was planned, whenever the table's statistics were stale
     * (always, where autovacuum is off, and on every fresh ledger), as an index range over the whole
     * (org, source) with each row compared against the list: hundreds of milliseconds per batch,
     * growing with the ledger, while holding the head lock that every other ingest waits for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, ActivityEntry> existing(long orgId, Map<String, Set<String>> keys) {
        Connection connection = connection();
        if (!Jdbc.postgres(connection)) {
            return existingJpql(orgId, keys);
        }
        List<String> sources = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        keys.forEach((source, externalIds) -> externalIds.forEach(id -> {
            sources.add(source);
            ids.add(id);
        }));
        Map<String, ActivityEntry> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + LedgerRows.COLUMNS
                + " FROM unnest(?::varchar[], ?::varchar[]) AS k(source, external_id)"
                + " CROSS JOIN LATERAL (SELECT * FROM activity a WHERE a.org_id = ? AND a.source = k.source"
                + " AND a.external_id = k.external_id LIMIT 1) a")) {
            select.setArray(1, connection.createArrayOf("varchar", sources.toArray()));
            select.setArray(2, connection.createArrayOf("varchar", ids.toArray()));
            select.setLong(3, orgId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ActivityEntry a = LedgerRows.entry(rows);
                    out.put(LedgerBatch.key(a.source, a.externalId), a);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot look up existing activities: " + e.getMessage(), e);
        }
        return out;
    }

    /** The portable lookup, for the embedded H2 database (small ledgers, no planner trouble seen). */
    private Map<String, ActivityEntry> existingJpql(long orgId, Map<String, Set<String>> keys) {
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
