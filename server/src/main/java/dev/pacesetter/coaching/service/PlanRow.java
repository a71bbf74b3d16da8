package dev.pacesetter.coaching.service;

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

/** A coaching plan's header: who, state, and the settings it was generated with. */
@Entity
@Table(name = "coaching_plan")
class PlanRow {

    @Id
    @SequenceGenerator(name = "coaching_plan_seq", sequenceName = "coaching_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_plan_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "rep_id", nullable = false)
    long repId;

    @Column(name = "manager_id", nullable = false)
    long managerId;

    @Column(name = "sales_role", nullable = false)
    String salesRole;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String state;

    @Column(name = "paused_from")
    String pausedFrom;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(nullable = false)
    int weeks;

    @Column(name = "top_gaps", nullable = false)
    int topGaps;

    @Column(name = "weekly_minutes", nullable = false)
    int weeklyMinutes;

    /** The generator's notes for the manager, one per line. */
    @Column(nullable = false)
    String notes;

    String reason;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "started_at")
    OffsetDateTime startedAt;

    @Column(name = "ended_at")
    OffsetDateTime endedAt;

    @Version
    long version;
}
