package dev.pacesetter.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * A {@link PushSender} that tries the {@link DeliveryResult.Retryable} messages of a batch again,
 * waiting as its {@link RetryPolicy} says between rounds. Other results are final and kept as they
 * are. A message whose {@code Retry-After} is longer than the policy will wait comes back still
 * {@code Retryable}, for the caller to reschedule.
 * <pre>{@code
 * PushSender sender = new RetryingPushSender(fcm, RetryPolicy.DEFAULT);
 * }</pre>
 */
public final class RetryingPushSender implements PushSender {

    private final PushSender delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    /**
     * Wraps a sender; waits with real sleeps and random jitter.
     *
     * @param delegate the sender to retry
     * @param policy when and how often to retry
     */
    public RetryingPushSender(PushSender delegate, RetryPolicy policy) {
        this(delegate, policy, Sleeper.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
    }

    RetryingPushSender(PushSender delegate, RetryPolicy policy, Sleeper sleeper,
            DoubleSupplier jitter) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    @Override
    public List<DeliveryResult> send(List<PushMessage> messages) {
        List<DeliveryResult> results = new ArrayList<>(sendThrough(messages));
        for (int attempts = 1; policy.allowsAnotherAttempt(attempts); attempts++) {
            List<Integer> again = retryablePositions(results);
            if (again.isEmpty()) {
                break;
            }
            Duration delay = policy.delayAfter(attempts, longestRetryAfter(results, again),
                    jitter.getAsDouble());
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                // Give back what we have; the Retryable results tell the caller what is left.
                Thread.currentThread().interrupt();
                break;
            }
            List<DeliveryResult> retried = sendThrough(again.stream().map(messages::get).toList());
            for (int i = 0; i < again.size(); i++) {
                results.set(again.get(i), retried.get(i));
            }
        }
        return List.copyOf(results);
    }

    private List<DeliveryResult> sendThrough(List<PushMessage> messages) {
        List<DeliveryResult> results = delegate.send(messages);
        if (results.size() != messages.size()) {
            throw new IllegalStateException("sender returned " + results.size() + " results for "
                    + messages.size() + " messages");
        }
        return results;
    }

    private List<Integer> retryablePositions(List<DeliveryResult> results) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof DeliveryResult.Retryable retryable
                    && policy.canWaitFor(retryable.retryAfter())) {
                positions.add(i);
            }
        }
        return positions;
    }

    // One wait per round serves every message in it, so it must honour the longest Retry-After.
    private static Optional<Duration> longestRetryAfter(List<DeliveryResult> results,
            List<Integer> positions) {
        return positions.stream()
                .map(i -> ((DeliveryResult.Retryable) results.get(i)).retryAfter())
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }
}
