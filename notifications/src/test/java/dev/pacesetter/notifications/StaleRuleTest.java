package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaleRuleTest {

    @ParameterizedTest(name = "max age {0}, created {1}, released {2} -> stale {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
        # maxAge | createdAt            | releaseAt            | stale | why
        PT1H     | 2025-06-10T08:00:00Z | 2025-06-10T08:00:00Z | false | released at once
        PT1H     | 2025-06-10T08:00:00Z | 2025-06-10T09:00:00Z | false | exactly an hour old is still fresh
        PT1H     | 2025-06-10T08:00:00Z | 2025-06-10T09:00:01Z | true | a second over
        PT1H     | 2025-06-10T02:00:00Z | 2025-06-10T11:00:00Z | true | overtaken at 22:00 EDT, held until 07:00 EDT
        PT12H    | 2025-06-10T02:00:00Z | 2025-06-10T11:00:00Z | false | a SPIFF approval keeps overnight
        PT1H     | 2025-06-10T08:00:00Z | 2025-06-10T07:59:00Z | false | release before creation (clock skew) is not stale
        """)
    void aDeferredNudgeOlderThanItsMaxAgeAtReleaseIsStale(Duration maxAge, Instant createdAt,
            Instant releaseAt, boolean stale) {
        assertEquals(stale, new StaleRule(maxAge).isStale(createdAt, releaseAt));
    }

    @Test
    void expiresAtIsCreationPlusMaxAge() {
        StaleRule rule = new StaleRule(Duration.ofMinutes(90));

        // 2025-06-10 08:00 UTC + 90 minutes
        assertEquals(Instant.parse("2025-06-10T09:30:00Z"), rule.expiresAt(Instant.parse("2025-06-10T08:00:00Z")));
    }

    @Test
    void maxAgeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new StaleRule(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new StaleRule(Duration.ofSeconds(-1)));
    }
}
