package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    // Base 500 ms, doubling to at most 30 s, four attempts in all.
    private static final RetryPolicy POLICY =
            new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 4);

    @ParameterizedTest(name = "after attempt {0}, jitter {1}, Retry-After {2} -> {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        # attempts | jitter  | retryAfter | delay      | why
        1          | 0.0     | none       | PT0S       | full jitter can mean no wait at all
        1          | 0.5     | none       | PT0.25S    | half of the 500 ms ceiling
        2          | 0.5     | none       | PT0.5S     | ceiling doubled to 1 s
        3          | 0.5     | none       | PT1S       | ceiling 2 s
        6          | 0.5     | none       | PT8S       | ceiling 16 s
        7          | 0.5     | none       | PT15S      | 32 s is capped at 30 s
        1000       | 0.5     | none       | PT15S      | no overflow however many attempts
        7          | 0.99    | none       | PT29.7S    | never above the cap
        1          | 0.5     | PT10S      | PT10S      | never sooner than Retry-After
        3          | 0.9     | PT1S       | PT1.8S     | backoff above Retry-After wins
        1          | 0.0     | PT0S       | PT0S       | Retry-After of zero
        """)
    void backsOffExponentiallyWithFullJitterAndHonoursRetryAfter(int attempts, double jitter,
            Duration retryAfter, Duration expected) {
        assertEquals(expected, POLICY.delayAfter(attempts, Optional.ofNullable(retryAfter), jitter));
    }

    @ParameterizedTest(name = "{0} attempts made -> another: {1}")
    @CsvSource({"1, true", "3, true", "4, false", "9, false"})
    void allowsAttemptsUpToTheMaximum(int attemptsMade, boolean another) {
        assertEquals(another, POLICY.allowsAnotherAttempt(attemptsMade));
    }

    @ParameterizedTest(name = "Retry-After {0} -> can wait: {1}")
    @CsvSource(nullValues = "none", value = {"none, true", "PT30S, true", "PT30.001S, false", "PT1H, false"})
    void waitsOnlyForRetryAfterUpToTheMaximumDelay(Duration retryAfter, boolean canWait) {
        assertEquals(canWait, POLICY.canWaitFor(Optional.ofNullable(retryAfter)));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(1, Optional.empty(), 1.0));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(1, Optional.empty(), -0.1));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(0, Optional.empty(), 0.5));
    }
}
