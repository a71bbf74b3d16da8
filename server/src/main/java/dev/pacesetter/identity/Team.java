package dev.pacesetter.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A sales team with (usually) one manager. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(nullable = false)
    String name;

    @Column(name = "manager_id")
    Long managerId;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
