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

/** A rep on one plan version from {@code fromDate} to {@code toDate} (inclusive; null is open-ended). */
@Entity
@Table(name = "comp_assignment")
public class AssignmentRow {

    @Id
    @SequenceGenerator(name = "comp_assignment_seq", sequenceName = "comp_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_assignment_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "plan_id", nullable = false)
    long planId;

    @Column(name = "from_date", nullable = false)
    LocalDate fromDate;

    @Column(name = "to_date")
    LocalDate toDate;

    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
