package dev.pacesetter.nudges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A manager's announcement; each recipient gets a MANAGER_ANNOUNCEMENT nudge pointing at it. */
@Entity
@Table(name = "announcement")
class AnnouncementRow {

    @Id
    @SequenceGenerator(name = "announcement_seq", sequenceName = "announcement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "announcement_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "sender_id", nullable = false)
    long senderId;

    @Column(nullable = false)
    String headline;

    @Column(nullable = false)
    String message;

    @Column(nullable = false)
    int recipients;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
