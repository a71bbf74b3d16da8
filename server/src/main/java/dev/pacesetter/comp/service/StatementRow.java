package dev.pacesetter.comp.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A statement from manager approval on: its state, totals and lines frozen as JSON. */
@Entity
@Table(name = "comp_statement")
public class StatementRow {

    @Id
    @SequenceGenerator(name = "comp_statement_seq", sequenceName = "comp_statement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_statement_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "period_kind", nullable = false)
    String periodKind;

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;

    @Column(nullable = false)
    String state;

    @Column(nullable = false)
    String currency;

    @Column(nullable = false)
    BigDecimal earned;

    @Column(nullable = false)
    BigDecimal adjustments;

    @Column(nullable = false)
    BigDecimal payable;

    @Column(nullable = false)
    String frozen;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @jakarta.persistence.Version
    long version;
}
