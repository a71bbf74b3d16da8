package dev.pacesetter.nudges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One nudge for one recipient, from enqueue to its final state. */
@Entity
@Table(name = "nudge_outbox")
class OutboxRow {

    @Id
    @SequenceGenerator(name = "nudge_outbox_seq", sequenceName = "nudge_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nudge_outbox_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(nullable = false)
    String kind;

    /** The template variables as a JSON object of strings. */
    @Column(nullable = false)
    String variables;

    @Column(name = "collapse_key")
    String collapseKey;

    @Column(name = "dedupe_key")
    String dedupeKey;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(nullable = false)
    String state;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    OffsetDateTime claimedUntil;

    @Column(name = "claim_token")
    String claimToken;

    String reason;

    @Column(name = "inbox_item_id")
    Long inboxItemId;

    @Column(name = "devices_pushed", nullable = false)
    int devicesPushed;

    @Column(name = "pushed_at")
    OffsetDateTime pushedAt;

    @Column(name = "finished_at")
    OffsetDateTime finishedAt;
}
