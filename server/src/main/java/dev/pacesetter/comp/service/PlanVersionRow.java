package dev.pacesetter.comp.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One immutable plan version; {@code components} is the validated component list as JSON. */
@Entity
@Table(name = "comp_plan_version")
public class PlanVersionRow {

    @Id
    @SequenceGenerator(name = "comp_plan_seq", sequenceName = "comp_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_plan_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "plan_key", nullable = false)
    String planKey;

    @Column(nullable = false)
    int version;

    @Column(nullable = false)
    String name;

    @Column(name = "period_kind", nullable = false)
    String periodKind;

    @Column(nullable = false)
    String currency;

    @Column(name = "effective_from", nullable = false)
    LocalDate effectiveFrom;

    @Column(name = "effective_to")
    LocalDate effectiveTo;

    @Column(nullable = false)
    String components;

    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    /** When the version stopped taking new assignments; null while it is current. */
    @Column(name = "retired_at")
    OffsetDateTime retiredAt;

    @Column(name = "retired_by")
    Long retiredBy;
}
