package dev.pacesetter.spiffs.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A status an award reached: who (null for the ledger), when, and an optional note. */
@Entity
@Table(name = "spiff_award_step")
public class SpiffAwardStepRow {

    @Id
    @SequenceGenerator(name = "spiff_award_step_seq", sequenceName = "spiff_award_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spiff_award_step_seq")
    Long id;

    @Column(name = "award_id", nullable = false, updatable = false)
    long awardId;

    @Column(nullable = false, updatable = false)
    String status;

    @Column(name = "actor_id", updatable = false)
    Long actorId;

    @Column(nullable = false, updatable = false)
    OffsetDateTime at;

    @Column(updatable = false)
    String note;
}
