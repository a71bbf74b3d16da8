package dev.pacesetter.coaching.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One activity or check-in of a plan, as generated or edited, with its progress. */
@Entity
@Table(name = "coaching_plan_item")
class PlanItemRow {

    @Id
    @SequenceGenerator(name = "coaching_plan_item_seq", sequenceName = "coaching_plan_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_plan_item_seq")
    Long id;

    @Column(name = "plan_id", nullable = false)
    long planId;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(nullable = false)
    int seq;

    @Column(nullable = false)
    int week;

    @Column(nullable = false)
    String kind;

    @Column(name = "activity_id")
    String activityId;

    @Column(nullable = false)
    String title;

    /** Comma-separated skill ids, the gap skill first. */
    @Column(name = "skill_ids", nullable = false)
    String skillIds;

    @Column(nullable = false)
    int level;

    @Column(nullable = false)
    int minutes;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(nullable = false)
    String why;

    @Column(name = "over_capacity", nullable = false)
    boolean overCapacity;

    @Column(nullable = false)
    String state;

    @Column(name = "evidence_note")
    String evidenceNote;

    @Column(name = "evidence_link")
    String evidenceLink;

    @Column(name = "sent_back_reason")
    String sentBackReason;

    @Column(name = "done_at")
    OffsetDateTime doneAt;

    @Column(name = "verified_at")
    OffsetDateTime verifiedAt;
}
