package dev.pacesetter.nudges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** A push token of one app install of a user. */
@Entity
@Table(name = "nudge_device")
class DeviceRow {

    @Id
    @SequenceGenerator(name = "nudge_device_seq", sequenceName = "nudge_device_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nudge_device_seq")
    Long id;

    @Column(name = "org_id", nullable = false)
    long orgId;

    @Column(name = "user_id", nullable = false)
    long userId;

    @Column(nullable = false)
    String token;

    @Column(nullable = false)
    String platform;

    @Column(name = "app_version")
    String appVersion;

    String locale;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    OffsetDateTime lastSeenAt;
}
