package dev.pacesetter.contests.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A participant who opted into an opt-in contest. */
@Entity
@Table(name = "contest_opt_in")
public class ContestOptInRow {

    @Id
    @SequenceGenerator(name = "contest_opt_in_seq", sequenceName = "contest_opt_in_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_opt_in_seq")
    Long id;

    @Column(name = "contest_id", nullable = false, updatable = false)
    long contestId;

    @Column(name = "user_id", nullable = false, updatable = false)
    long userId;

    @Column(name = "taken_at", nullable = false, updatable = false)
    OffsetDateTime takenAt;
}
