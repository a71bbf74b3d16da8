package dev.pacesetter.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-06-10T08:00:00Z");   // Tue 10 Jun 2025 08:00 GMT

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        # header value                     | delay
        120                                | PT2M
        ' 30 '                             | PT30S
        0                                  | PT0S
        Tue, 10 Jun 2025 08:01:30 GMT      | PT1M30S
        Tue, 10 Jun 2025 07:59:00 GMT      | PT0S
        none                               | none
        ''                                 | none
        soon                               | none
        -5                                 | none
        99999999999999999999999            | none
        """)
    void readsDelaySecondsOrAnHttpDate(String header, Duration expected) {
        assertEquals(Optional.ofNullable(expected), RetryAfter.parse(header, NOW));
    }
}
