package dev.pacesetter.spiffs.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A cash reward from outside SPIFFs (a contest prize) on its way to payroll; unique per source. */
@Entity
@Table(name = "payout_item")
public class PayoutItemRow {

    @Id
    @SequenceGenerator(name = "payout_item_seq", sequenceName = "payout_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_item_seq")
    Long id;

    @Column(name = "org_id", nullable = false, updatable = false)
    long orgId;

    @Column(nullable = false, updatable = false)
    String source;

    @Column(name = "source_id", nullable = false, updatable = false)
    long sourceId;

    @Column(name = "user_id", nullable = false, updatable = false)
    long userId;

    @Column(nullable = false, updatable = false)
    String reference;

    @Column(nullable = false, updatable = false)
    String description;

    @Column(nullable = false, updatable = false)
    BigDecimal amount;

    @Column(nullable = false, updatable = false)
    String currency;

    @Column(nullable = false)
    String status;

    @Column(name = "earned_at", nullable = false, updatable = false)
    OffsetDateTime earnedAt;

    @Column(name = "paid_at")
    OffsetDateTime paidAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
