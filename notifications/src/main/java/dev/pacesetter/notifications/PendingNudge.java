package dev.pacesetter.notifications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A nudge waiting to be pushed, as {@link Collapsing} sees it.
 *
 * @param id the caller's id for it, such as its outbox row
 * @param collapseKey nudges with the same key supersede each other; none means never collapsed
 * @param createdAt when the event behind it happened
 */
public record PendingNudge(String id, Optional<String> collapseKey, Instant createdAt) {

    /** Requires an id, a creation time and, when present, a non-blank key. */
    public PendingNudge {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(collapseKey, "collapseKey");
        if (collapseKey.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("collapseKey must not be blank");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
