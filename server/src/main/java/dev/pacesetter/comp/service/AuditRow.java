package dev.pacesetter.comp.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Who changed which compensation record when, with the state before and after as JSON. */
@Entity
@Table(name = "comp_audit")
public class AuditRow {

    @Id
    @SequenceGenerator(name = "comp_audit_seq", sequenceName = "comp_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_audit_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "actor_id", nullable = false)
    long actorId;

    @Column(nullable = false)
    OffsetDateTime at;

    @Column(nullable = false)
    String entity;

    @Column(name = "entity_id", nullable = false)
    long entityId;

    /** The rep the entity belongs to; null for plan versions. */
    @Column(name = "subject_user_id")
    Long subjectUserId;

    @Column(nullable = false)
    String action;

    @Column(name = "before_json")
    String beforeJson;

    @Column(name = "after_json")
    String afterJson;
}
