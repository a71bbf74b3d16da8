package dev.pacesetter.contests.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One prize won at finalisation (description null for a winner beyond the listed prizes). */
@Entity
@Table(name = "contest_award")
public class AwardRow {

    @Id
    @SequenceGenerator(name = "contest_award_seq", sequenceName = "contest_award_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_award_seq")
    Long id;

    @Column(name = "contest_id", nullable = false, updatable = false)
    long contestId;

    @Column(name = "entrant_id", nullable = false, updatable = false)
    long entrantId;

    @Column(nullable = false, updatable = false)
    int place;

    @Column(name = "shared_place", nullable = false, updatable = false)
    boolean sharedPlace;

    @Column(updatable = false)
    String description;

    @Column(name = "cash_value", updatable = false, precision = 19, scale = 4)
    BigDecimal cashValue;

    @Column(updatable = false)
    String currency;
}
