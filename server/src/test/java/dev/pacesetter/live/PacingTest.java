package dev.pacesetter.live;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Coalescing and heartbeats at fixed instants; the default is 333 ms between boards, 15 s of silence. */
class PacingTest {
    private static final Instant T0 = Instant.parse("2026-11-23T17:00:00Z");

    @ParameterizedTest(name = "last board {0} ms before now={1} ms: due={2}")
    @CsvSource(nullValues = "never", value = {
            // last board (ms after T0), now (ms after T0), due
            "never, 0,    true",  // nothing sent yet: the first change goes out at once
            "0,     0,    false", // just sent
            "0,     332,  false", // a change 332 ms later waits for the next tick
            "0,     333,  true",  // exactly the interval: due
            "0,     5000, true",
            "1000,  1200, false"})
    void aDirtyContestIsPushedAtMostEveryMinInterval(Long last, long now, boolean due) {
        Instant lastBoard = last == null ? null : T0.plusMillis(last);
        assertEquals(due, Pacing.DEFAULT.boardDue(lastBoard, T0.plusMillis(now)));
    }

    @ParameterizedTest(name = "last write at {0} ms, now {1} ms: heartbeat={2}")
    @CsvSource({
            "0,     14999, false",
            "0,     15000, true",
            "10000, 24999, false",
            "10000, 25000, true"})
    void aQuietStreamGetsAHeartbeatEvery15Seconds(long lastWrite, long now, boolean due) {
        assertEquals(due, Pacing.DEFAULT.heartbeatDue(T0.plusMillis(lastWrite), T0.plusMillis(now)));
    }

    @ParameterizedTest(name = "min {0} ms, heartbeat {1} ms is refused")
    @CsvSource({"0, 1000", "-1, 1000", "1000, 1000", "1000, 500"})
    void aHeartbeatMustBeSlowerThanBoards(long min, long heartbeat) {
        assertThrows(IllegalArgumentException.class,
                () -> new Pacing(Duration.ofMillis(min), Duration.ofMillis(heartbeat)));
    }
}
