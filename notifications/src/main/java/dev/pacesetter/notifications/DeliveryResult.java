package dev.pacesetter.notifications;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one push message, and so what the caller should do next.
 */
public sealed interface DeliveryResult {

    /**
     * The push service accepted the message.
     *
     * @param messageId the service's id for it
     */
    record Delivered(String messageId) implements DeliveryResult {
        /** Requires an id. */
        public Delivered {
            requireText(messageId, "messageId");
        }
    }

    /** The token is no longer valid (app uninstalled, token rotated): remove it. */
    record Unregistered() implements DeliveryResult {
    }

    /**
     * The push service rejected the message as malformed. A malformed token also lands here, so drop
     * the token only when the payload is known to be good.
     *
     * @param reason the service's explanation
     */
    record InvalidPayload(String reason) implements DeliveryResult {
        /** Requires a reason. */
        public InvalidPayload {
            requireText(reason, "reason");
        }
    }

    /**
     * A transient failure (quota, outage, network): sending the same message later may succeed.
     *
     * @param reason what went wrong
     * @param retryAfter how long the service asked us to wait, when it said
     */
    record Retryable(String reason, Optional<Duration> retryAfter) implements DeliveryResult {
        /** Requires a reason and a non-negative wait. */
        public Retryable {
            requireText(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.filter(Duration::isNegative).isPresent()) {
                throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
            }
        }
    }

    /**
     * A permanent failure that is not about this token or payload, such as a sender id mismatch or
     * broken APNs credentials: retrying will not help, and the token must be kept.
     *
     * @param reason what went wrong
     */
    record Failed(String reason) implements DeliveryResult {
        /** Requires a reason. */
        public Failed {
            requireText(reason, "reason");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
