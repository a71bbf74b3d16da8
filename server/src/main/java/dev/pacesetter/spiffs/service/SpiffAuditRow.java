package dev.pacesetter.spiffs.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Who (null for the ledger) changed which SPIFF program or award when, before and after as JSON. */
@Entity
@Table(name = "spiff_audit")
public class SpiffAuditRow {

    @Id
    @SequenceGenerator(name = "spiff_audit_seq", sequenceName = "spiff_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spiff_audit_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "actor_id")
    Long actorId;

    @Column(nullable = false)
    OffsetDateTime at;

    @Column(nullable = false)
    String entity;

    @Column(name = "entity_id", nullable = false)
    long entityId;

    @Column(nullable = false)
    String action;

    @Column(name = "before_json")
    String beforeJson;

    @Column(name = "after_json")
    String afterJson;
}
