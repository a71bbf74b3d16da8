package dev.pacesetter.comp.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One approval step of a statement: the state it moved to, who, when. */
@Entity
@Table(name = "comp_approval")
public class ApprovalRow {

    @Id
    @SequenceGenerator(name = "comp_approval_seq", sequenceName = "comp_approval_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_approval_seq")
    Long id;

    @Column(name = "statement_id", nullable = false)
    long statementId;

    @Column(nullable = false)
    String step;

    @Column(name = "actor_id", nullable = false)
    long actorId;

    @Column(nullable = false)
    OffsetDateTime at;
}
