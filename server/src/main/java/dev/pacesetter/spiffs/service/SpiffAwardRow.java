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

/** One award of a program for one source activity; unique per (program, source). */
@Entity
@Table(name = "spiff_award")
public class SpiffAwardRow {

    @Id
    @SequenceGenerator(name = "spiff_award_seq", sequenceName = "spiff_award_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spiff_award_seq")
    Long id;

    @Column(name = "org_id", nullable = false, updatable = false)
    long orgId;

    @Column(name = "program_id", nullable = false, updatable = false)
    long programId;

    @Column(name = "user_id", nullable = false, updatable = false)
    long userId;

    @Column(name = "source_id", nullable = false, updatable = false)
    long sourceId;

    @Column(name = "qualified_at", nullable = false)
    OffsetDateTime qualifiedAt;

    @Column(nullable = false)
    BigDecimal amount;

    @Column(nullable = false)
    BigDecimal clawback;

    @Column(nullable = false)
    String currency;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    boolean reduced;

    @Column(nullable = false)
    String explanation;

    @Column(name = "paid_at")
    OffsetDateTime paidAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
