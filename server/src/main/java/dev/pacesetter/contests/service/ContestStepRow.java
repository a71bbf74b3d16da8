package dev.pacesetter.contests.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One audited lifecycle step: who, when, from which state to which. Written once. */
@Entity
@Table(name = "contest_step")
public class ContestStepRow {

    @Id
    @SequenceGenerator(name = "contest_step_seq", sequenceName = "contest_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_step_seq")
    Long id;

    @Column(name = "contest_id", nullable = false, updatable = false)
    long contestId;

    @Column(nullable = false, updatable = false)
    int seq;

    @Column(nullable = false, updatable = false)
    String action;

    @Column(name = "from_status", nullable = false, updatable = false)
    String fromStatus;

    @Column(name = "to_status", nullable = false, updatable = false)
    String toStatus;

    @Column(nullable = false, updatable = false)
    String actor;

    @Column(name = "taken_at", nullable = false, updatable = false)
    OffsetDateTime takenAt;
}
