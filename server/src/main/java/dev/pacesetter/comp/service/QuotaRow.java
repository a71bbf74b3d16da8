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

/** A rep's quota and target incentive for one period. */
@Entity
@Table(name = "comp_quota")
public class QuotaRow {

    @Id
    @SequenceGenerator(name = "comp_quota_seq", sequenceName = "comp_quota_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_quota_seq")
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
    BigDecimal amount;

    @Column(name = "target_incentive", nullable = false)
    BigDecimal targetIncentive;

    @Column(nullable = false)
    String currency;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @jakarta.persistence.Version
    long version;
}
