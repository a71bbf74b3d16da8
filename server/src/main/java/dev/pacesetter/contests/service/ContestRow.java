package dev.pacesetter.contests.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A contest as stored: its definition (JSON), its state and the columns the scheduler queries. */
@Entity
@Table(name = "contest")
public class ContestRow {

    @Id
    @SequenceGenerator(name = "contest_seq", sequenceName = "contest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contest_seq")
    Long id;

    @Column(name = "org_id", nullable = false, updatable = false)
    long orgId;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, updatable = false)
    String kind;

    @Column(nullable = false)
    String status;

    @Column(name = "starts_at", nullable = false)
    OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    OffsetDateTime endsAt;

    @Column(name = "next_due_at")
    OffsetDateTime nextDueAt;

    @Column(nullable = false)
    String definition;

    @Column(name = "created_by", nullable = false, updatable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "finalised_position")
    Long finalisedPosition;

    @Column(name = "checked_position")
    Long checkedPosition;

    /** A recurring contest's first period (null for the first period itself and one-off contests). */
    @Column(name = "series_id", updatable = false)
    Long seriesId;

    /** A recurring contest's period before this one. */
    @Column(name = "previous_id", updatable = false)
    Long previousId;
}
