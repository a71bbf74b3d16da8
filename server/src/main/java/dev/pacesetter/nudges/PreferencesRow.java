package dev.pacesetter.nudges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Stored preferences of a user, or with {@code userId} 0 the organisation's defaults. */
@Entity
@Table(name = "nudge_preferences")
class PreferencesRow {
    static final long ORGANISATION = 0L;

    @Id
    @SequenceGenerator(name = "nudge_preferences_seq", sequenceName = "nudge_preferences_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nudge_preferences_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    /** Comma-separated categories with push switched off. */
    @Column(name = "push_off", nullable = false)
    String pushOff;

    /** Comma-separated categories with the inbox switched off. */
    @Column(name = "inbox_off", nullable = false)
    String inboxOff;

    @Column(name = "quiet_start")
    String quietStart;

    @Column(name = "quiet_end")
    String quietEnd;

    @Column(name = "time_zone")
    String timeZone;

    @Column(name = "daily_push_cap", nullable = false)
    int dailyPushCap;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;
}
