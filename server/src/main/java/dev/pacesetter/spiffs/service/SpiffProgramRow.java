package dev.pacesetter.spiffs.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A SPIFF program: its definition as JSON and the ledger position its awards were recomputed at. */
@Entity
@Table(name = "spiff_program")
public class SpiffProgramRow {

    @Id
    @SequenceGenerator(name = "spiff_program_seq", sequenceName = "spiff_program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spiff_program_seq")
    Long id;

    @Column(name = "org_id", nullable = false, updatable = false)
    long orgId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String definition;

    @Column(nullable = false)
    String currency;

    @Column(nullable = false)
    String status;

    @Column(nullable = false)
    long checkpoint;

    @Column(name = "created_by", nullable = false, updatable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
