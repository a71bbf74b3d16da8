package dev.pacesetter.live;

import java.time.Duration;
import java.time.Instant;

/**
 * When a contest's watchers get something. Standings may move hundreds of times a second under load;
 * a screen needs at most a few boards a second, so changes are coalesced: a change marks the contest
 * dirty, and a dirty contest is pushed once {@code minInterval} has passed since its last push (the
 * board then shows everything that happened meanwhile). A stream that has had nothing for
 * {@code heartbeat} gets a comment line, so proxies and load balancers keep it open.
 *
 * @param minInterval the least time between two boards of one contest
 * @param heartbeat   the longest silence on a stream
 */
public record Pacing(Duration minInterval, Duration heartbeat) {

    /** About three boards a second at most, a heartbeat every 15 seconds. */
    public static final Pacing DEFAULT = new Pacing(Duration.ofMillis(333), Duration.ofSeconds(15));

    public Pacing {
        if (minInterval == null || minInterval.isNegative() || minInterval.isZero()) {
            throw new IllegalArgumentException("minInterval must be positive");
        }
        if (heartbeat == null || heartbeat.compareTo(minInterval) <= 0) {
            throw new IllegalArgumentException("heartbeat must be longer than minInterval");
        }
    }

    /**
     * Whether a dirty contest's board may go out now.
     *
     * @param lastBoard when its last board went out, or null if none has
     */
    public boolean boardDue(Instant lastBoard, Instant now) {
        return lastBoard == null || !now.isBefore(lastBoard.plus(minInterval));
    }

    /**
     * Whether a stream needs a heartbeat now.
     *
     * @param lastWrite when anything (board or heartbeat) was last written to it
     */
    public boolean heartbeatDue(Instant lastWrite, Instant now) {
        return !now.isBefore(lastWrite.plus(heartbeat));
    }
}
