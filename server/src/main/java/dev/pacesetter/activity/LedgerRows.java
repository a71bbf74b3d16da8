package dev.pacesetter.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Ledger rows read with plain JDBC (no managed entities): the column list and its mapping. */
final class LedgerRows {
    /** Every column of {@code activity}, qualified by {@code a}, in the order {@link #entry} reads them. */
    static final String COLUMNS = "a.id, a.org_id, a.position, a.source, a.external_id, a.type, a.user_id, "
            + "a.occurred_at, a.received_at, a.credited_at, a.amount, a.currency, a.product, a.deal_id, "
            + "a.corrects_id, a.correction, a.count_delta, a.amount_delta, a.points_delta, a.payload_hash, "
            + "a.ingested_by, a.new_logo, a.splits";

    private LedgerRows() {
    }

    /** The current row as an unmanaged entry (a value: nothing tracks or writes it). */
    static ActivityEntry entry(ResultSet r) throws SQLException {
        ActivityEntry e = new ActivityEntry();
        e.id = r.getLong(1);
        e.orgId = r.getLong(2);
        e.position = r.getLong(3);
        e.source = r.getString(4);
        e.externalId = r.getString(5);
        e.type = r.getString(6);
        e.userId = r.getLong(7);
        e.occurredAt = r.getObject(8, OffsetDateTime.class);
        e.receivedAt = r.getObject(9, OffsetDateTime.class);
        e.creditedAt = r.getObject(10, OffsetDateTime.class);
        e.amount = r.getBigDecimal(11);
        e.currency = r.getString(12);
        e.product = r.getString(13);
        e.dealId = r.getString(14);
        long corrects = r.getLong(15);
        e.correctsId = r.wasNull() ? null : corrects;
        e.correction = r.getString(16);
        e.countDelta = r.getInt(17);
        e.amountDelta = r.getBigDecimal(18);
        e.pointsDelta = r.getInt(19);
        e.payloadHash = r.getString(20);
        e.ingestedBy = r.getLong(21);
        boolean newLogo = r.getBoolean(22);
        e.newLogo = r.wasNull() ? null : newLogo;
        e.splits = r.getString(23);
        return e;
    }
}
