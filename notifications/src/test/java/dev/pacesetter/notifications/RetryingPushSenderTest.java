package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryingPushSenderTest {

    private static final DeliveryResult BUSY = new DeliveryResult.Retryable("UNAVAILABLE", Optional.empty());
    private static final DeliveryResult GONE = new DeliveryResult.Unregistered();
    private static final RetryPolicy POLICY =
            new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(10), 4);

    private final ScriptedSender delegate = new ScriptedSender();
    private final List<Duration> sleeps = new ArrayList<>();

    private RetryingPushSender sender(RetryPolicy policy, double jitter) {
        return new RetryingPushSender(delegate, policy, sleeps::add, () -> jitter);
    }

    @Test
    void retriesOnlyTheRetryableMessagesAndKeepsTheBatchOrder() {
        delegate.script("a", ok("a"));
        delegate.script("b", BUSY, ok("b"));
        delegate.script("c", GONE);
        delegate.script("d", BUSY, ok("d"));

        List<DeliveryResult> results = sender(POLICY, 0.5).send(messages("a", "b", "c", "d"));

        assertEquals(List.of(ok("a"), ok("b"), GONE, ok("d")), results);
        assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("b", "d")), delegate.calls);
        assertEquals(List.of(Duration.ofMillis(50)), sleeps);
    }

    @Test
    void backoffGrowsWithEachRound() {
        delegate.script("a", BUSY, BUSY, BUSY, ok("a"));

        List<DeliveryResult> results = sender(POLICY, 0.5).send(messages("a"));

        assertEquals(List.of(ok("a")), results);
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200)), sleeps);
    }

    @Test
    void waitsAtLeastTheLongestRetryAfterInTheRound() {
        delegate.script("a", retryAfter(5), ok("a"));
        delegate.script("b", retryAfter(2), ok("b"));

        sender(POLICY, 0.0).send(messages("a", "b"));

        assertEquals(List.of(Duration.ofSeconds(5)), sleeps);
    }

    @Test
    void givesUpAfterTheMaximumAttemptsAndReturnsTheLastFailure() {
        delegate.script("a", BUSY, BUSY, BUSY);

        List<DeliveryResult> results = sender(new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 3), 0.0)
                .send(messages("a"));

        assertEquals(List.of(BUSY), results);
        assertEquals(3, delegate.calls.size());
        assertEquals(2, sleeps.size());
    }

    @Test
    void leavesARetryAfterLongerThanTheMaximumDelayToTheCaller() {
        DeliveryResult inAnHour = new DeliveryResult.Retryable("QUOTA_EXCEEDED", Optional.of(Duration.ofHours(1)));
        delegate.script("a", inAnHour);
        delegate.script("b", BUSY, ok("b"));

        List<DeliveryResult> results = sender(POLICY, 0.0).send(messages("a", "b"));

        assertEquals(List.of(inAnHour, ok("b")), results);
        assertEquals(List.of(List.of("a", "b"), List.of("b")), delegate.calls);
    }

    @Test
    void doesNotWaitWhenNothingIsRetryable() {
        delegate.script("a", ok("a"));
        delegate.script("b", new DeliveryResult.InvalidPayload("bad"));

        sender(POLICY, 0.5).send(messages("a", "b"));

        assertEquals(1, delegate.calls.size());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void anInterruptedWaitReturnsWhatIsKnownAndKeepsTheInterrupt() {
        delegate.script("a", BUSY, ok("a"));
        RetryingPushSender interrupted = new RetryingPushSender(delegate, POLICY, duration -> {
            throw new InterruptedException();
        }, () -> 0.5);

        try {
            assertEquals(List.of(BUSY), interrupted.send(messages("a")));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, delegate.calls.size());
    }

    @Test
    void aDelegateThatLosesResultsIsAnError() {
        PushSender lossy = messages -> List.of();

        RetryingPushSender retrying = new RetryingPushSender(lossy, POLICY, sleeps::add, () -> 0.0);

        assertThrows(IllegalStateException.class, () -> retrying.send(messages("a")));
    }

    private static DeliveryResult ok(String token) {
        return new DeliveryResult.Delivered("projects/demo/messages/" + token);
    }

    private static DeliveryResult retryAfter(long seconds) {
        return new DeliveryResult.Retryable("QUOTA_EXCEEDED", Optional.of(Duration.ofSeconds(seconds)));
    }

    private static List<PushMessage> messages(String... tokens) {
        List<PushMessage> messages = new ArrayList<>();
        for (String token : tokens) {
            messages.add(PushMessage.to(token).title("t").body("b")
                    .deepLink(URI.create("pacesetter://inbox")).build());
        }
        return messages;
    }

    /** Answers each token with its scripted results in turn, and records every call. */
    private static final class ScriptedSender implements PushSender {
        private final Map<String, Deque<DeliveryResult>> script = new HashMap<>();
        private final List<List<String>> calls = new ArrayList<>();

        void script(String token, DeliveryResult... results) {
            script.put(token, new ArrayDeque<>(List.of(results)));
        }

        @Override
        public List<DeliveryResult> send(List<PushMessage> messages) {
            calls.add(messages.stream().map(PushMessage::deviceToken).toList());
            return messages.stream().map(m -> script.get(m.deviceToken()).removeFirst()).toList();
        }
    }
}
