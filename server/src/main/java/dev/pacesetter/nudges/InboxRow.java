package dev.pacesetter.nudges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A rendered nudge in a user's in-app inbox. */
@Entity
@Table(name = "nudge_inbox")
class InboxRow {

    @Id
    @SequenceGenerator(name = "nudge_inbox_seq", sequenceName = "nudge_inbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nudge_inbox_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(name = "outbox_id")
    Long outboxId;

    @Column(nullable = false)
    String kind;

    @Column(nullable = false)
    String category;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String body;

    @Column(name = "deep_link", nullable = false)
    String deepLink;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "read_at")
    OffsetDateTime readAt;
}
