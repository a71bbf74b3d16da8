package dev.pacesetter.contests.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A late correction that would have changed a finalised contest's winners; ids comma-separated. */
@Entity
@Table(name = "contest_discrepancy")
public class DiscrepancyRow {

    @Id
    @SequenceGenerator(name = "contest_discrepancy_seq", sequenceName = "contest_discrepancy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_discrepancy_seq")
    Long id;

    @Column(name = "contest_id", nullable = false, updatable = false)
    long contestId;

    @Column(name = "ledger_position", nullable = false, updatable = false)
    long ledgerPosition;

    @Column(name = "entrant_id", nullable = false, updatable = false)
    long entrantId;

    @Column(name = "detected_at", nullable = false, updatable = false)
    OffsetDateTime detectedAt;

    @Column(name = "no_longer_winning", nullable = false, updatable = false)
    String noLongerWinning;

    @Column(name = "newly_winning", nullable = false, updatable = false)
    String newlyWinning;

    @Column(name = "prize_changed", nullable = false, updatable = false)
    String prizeChanged;
}
