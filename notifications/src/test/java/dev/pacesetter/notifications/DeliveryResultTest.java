package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryResultTest {

    @Test
    void everyFailureNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> new DeliveryResult.Delivered(" "));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryResult.InvalidPayload(""));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryResult.Failed(null));
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryResult.Retryable(" ", Optional.empty()));
    }

    @Test
    void retryAfterMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryResult.Retryable("quota", Optional.of(Duration.ofSeconds(-1))));
        assertEquals(Optional.of(Duration.ZERO),
                new DeliveryResult.Retryable("quota", Optional.of(Duration.ZERO)).retryAfter());
    }
}
