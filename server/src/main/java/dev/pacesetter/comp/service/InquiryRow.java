package dev.pacesetter.comp.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A rep's question about one statement line; {@code ownerId} answers it (null: the admins). */
@Entity
@Table(name = "comp_inquiry")
public class InquiryRow {

    @Id
    @SequenceGenerator(name = "comp_inquiry_seq", sequenceName = "comp_inquiry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_inquiry_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "period_kind", nullable = false)
    String periodKind;

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;

    @Column(name = "line_id", nullable = false)
    String lineId;

    @Column(name = "owner_id")
    Long ownerId;

    @Column(nullable = false)
    String status;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Version
    long version;
}
