package dev.pacesetter.contests.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One entrant's standing as frozen at finalisation. */
@Entity
@Table(name = "contest_standing")
public class FrozenStandingRow {

    @Id
    @SequenceGenerator(name = "contest_standing_seq", sequenceName = "contest_standing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_standing_seq")
    Long id;

    @Column(name = "contest_id", nullable = false, updatable = false)
    long contestId;

    @Column(nullable = false, updatable = false)
    boolean team;

    @Column(nullable = false, updatable = false)
    int place;

    @Column(name = "entrant_id", nullable = false, updatable = false)
    long entrantId;

    @Column(name = "standing_rank", nullable = false, updatable = false)
    int rank;

    @Column(nullable = false, updatable = false)
    boolean tied;

    @Column(nullable = false, updatable = false)
    long score;

    @Column(name = "reached_at", updatable = false)
    OffsetDateTime reachedAt;

    @Column(name = "reached_position", nullable = false, updatable = false)
    long reachedPosition;
}
