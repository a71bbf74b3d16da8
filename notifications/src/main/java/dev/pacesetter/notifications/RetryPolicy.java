package dev.pacesetter.notifications;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a transient push failure again: exponential backoff with full jitter, bounded by a
 * maximum delay and a maximum number of attempts, and never sooner than the service's
 * {@code Retry-After}. Pure: the random jitter is an argument.
 *
 * @param baseDelay the backoff ceiling after the first attempt; it doubles with each attempt
 * @param maxDelay the largest backoff ceiling, and the longest {@code Retry-After} worth waiting for
 * @param maxAttempts how many times a message may be tried in all, at least 1
 */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, int maxAttempts) {

    /** Half a second doubling up to 30 s, four attempts: at most about a minute of waiting. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 4);

    /** Requires positive delays, {@code maxDelay >= baseDelay}, and at least one attempt. */
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || baseDelay.isZero()) {
            throw new IllegalArgumentException("baseDelay must be positive: " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least baseDelay: " + maxDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /**
     * Whether a message tried {@code attemptsMade} times may be tried again.
     *
     * @param attemptsMade attempts so far, at least 1
     * @return true while attempts remain
     */
    public boolean allowsAnotherAttempt(int attemptsMade) {
        requireAttempted(attemptsMade);
        return attemptsMade < maxAttempts;
    }

    /**
     * Whether a wait the service asked for is short enough to wait out here. Longer waits are better
     * left to the caller, who can reschedule instead of holding a thread.
     *
     * @param retryAfter the service's {@code Retry-After}, if any
     * @return true when there is none or it is at most {@link #maxDelay()}
     */
    public boolean canWaitFor(Optional<Duration> retryAfter) {
        return retryAfter.map(wait -> wait.compareTo(maxDelay) <= 0).orElse(true);
    }

    /**
     * The delay before the next attempt: uniform between zero and
     * {@code min(maxDelay, baseDelay * 2^(attemptsMade - 1))} ("full jitter"), raised to the
     * service's {@code Retry-After} when that is longer.
     *
     * @param attemptsMade attempts so far, at least 1
     * @param retryAfter the service's {@code Retry-After}, if any
     * @param jitter a random number in {@code [0, 1)} choosing the point in the range
     * @return the delay
     */
    public Duration delayAfter(int attemptsMade, Optional<Duration> retryAfter, double jitter) {
        requireAttempted(attemptsMade);
        if (!(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
        }
        long jittered = (long) (ceilingNanos(attemptsMade) * jitter);
        Duration backoff = Duration.ofNanos(jittered);
        Duration floor = retryAfter.orElse(Duration.ZERO);
        return backoff.compareTo(floor) >= 0 ? backoff : floor;
    }

    private long ceilingNanos(int attemptsMade) {
        long max = maxDelay.toNanos();
        long ceiling = baseDelay.toNanos();
        // Doubling stops at the maximum, so a large attempt count cannot overflow.
        for (int i = 1; i < attemptsMade && ceiling < max; i++) {
            ceiling = ceiling > max / 2 ? max : ceiling * 2;
        }
        return Math.min(ceiling, max);
    }

    private static void requireAttempted(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade must be at least 1: " + attemptsMade);
        }
    }
}
