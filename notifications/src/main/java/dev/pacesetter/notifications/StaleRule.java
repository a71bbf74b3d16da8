package dev.pacesetter.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a nudge stays worth sending. "You were overtaken" is news for an hour; by the morning
 * after quiet hours it is noise, so a deferred nudge older than its maximum age is dropped.
 *
 * @param maxAge the age past which the nudge is stale
 */
public record StaleRule(Duration maxAge) {

    /** Requires a positive maximum age. */
    public StaleRule {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
        }
    }

    /**
     * Whether a nudge created at {@code createdAt} is stale when released at {@code releaseAt}.
     *
     * @param createdAt when the nudge was created
     * @param releaseAt when it would be sent
     * @return true when it is older than {@link #maxAge()}; exactly that old is still fresh
     */
    public boolean isStale(Instant createdAt, Instant releaseAt) {
        return Duration.between(createdAt, releaseAt).compareTo(maxAge) > 0;
    }

    /**
     * The last moment a nudge may be released; a deferral past it can drop the nudge at once.
     *
     * @param createdAt when the nudge was created
     * @return {@code createdAt + maxAge}
     */
    public Instant expiresAt(Instant createdAt) {
        return createdAt.plus(maxAge);
    }
}
