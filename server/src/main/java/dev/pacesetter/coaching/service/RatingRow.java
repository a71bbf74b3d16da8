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

/** One skill rating of a rep, by their manager or by the rep; appended, never updated. */
@Entity
@Table(name = "coaching_rating")
class RatingRow {

    @Id
    @SequenceGenerator(name = "coaching_rating_seq", sequenceName = "coaching_rating_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_rating_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "rep_id", nullable = false)
    long repId;

    @Column(name = "skill_id", nullable = false)
    String skillId;

    /** MANAGER or SELF. */
    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    int level;

    String note;

    @Column(name = "rated_by", nullable = false)
    long ratedBy;

    @Column(name = "rated_on", nullable = false)
    LocalDate ratedOn;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
