package dev.pacesetter.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One immutable ledger row. Written once, never updated. */
@Entity
@Table(name = "activity")
public class ActivityEntry {

    @Id
    @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
    Long id;

    @Column(name = "org_id", nullable = false, updatable = false)
    long orgId;

    @Column(nullable = false, updatable = false)
    long position;

    @Column(nullable = false, updatable = false)
    String source;

    @Column(name = "external_id", nullable = false, updatable = false)
    String externalId;

    @Column(nullable = false, updatable = false)
    String type;

    @Column(name = "user_id", nullable = false, updatable = false)
    long userId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    OffsetDateTime receivedAt;

    @Column(name = "credited_at", nullable = false, updatable = false)
    OffsetDateTime creditedAt;

    @Column(updatable = false, precision = 19, scale = 4)
    BigDecimal amount;

    @Column(updatable = false)
    String currency;

    @Column(updatable = false)
    String product;

    @Column(name = "deal_id", updatable = false)
    String dealId;

    @Column(name = "corrects_id", updatable = false)
    Long correctsId;

    @Column(updatable = false)
    String correction;

    @Column(name = "count_delta", nullable = false, updatable = false)
    int countDelta;

    @Column(name = "amount_delta", nullable = false, updatable = false, precision = 19, scale = 4)
    BigDecimal amountDelta;

    @Column(name = "points_delta", nullable = false, updatable = false)
    int pointsDelta;

    @Column(name = "payload_hash", nullable = false, updatable = false)
    String payloadHash;

    @Column(name = "ingested_by", nullable = false, updatable = false)
    long ingestedBy;

    /** Null (not a new logo) on everything but new-logo deals and their corrections. */
    @Column(name = "new_logo", updatable = false)
    Boolean newLogo;

    /** {@link SplitShare}'s canonical text, or null when the owner is credited in full. */
    @Column(updatable = false, length = 1000)
    String splits;

    LedgerEntry view() {
        return new LedgerEntry(id, orgId, position, source, externalId, type, userId, occurredAt.toInstant(),
                receivedAt.toInstant(), creditedAt.toInstant(), amount, currency, product, dealId, correctsId,
                correction, countDelta, amountDelta, pointsDelta, Boolean.TRUE.equals(newLogo),
                SplitShare.decode(splits));
    }
}
