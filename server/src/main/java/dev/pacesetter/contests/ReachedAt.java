package dev.pacesetter.contests;

import java.time.Instant;

/**
 * When an entrant reached their current score: the business time of the ledger entry that made it,
 * then that entry's ledger position (unique, so two entries at the same instant still have an order).
 * Earlier is better.
 *
 * @param at             when the activity occurred
 * @param ledgerPosition the position of that activity in the ledger; 0 only for {@link #FROM_START}
 */
public record ReachedAt(Instant at, long ledgerPosition) implements Comparable<ReachedAt> {

    /** The moment of an entrant that has not scored: everyone had zero from the start, together. */
    public static final ReachedAt FROM_START = new ReachedAt(Instant.MIN, 0);

    /** Validates the position. */
    public ReachedAt {
        Checks.present(at, "reachedAt.at");
        Checks.require(ledgerPosition >= 0, "reachedAt.ledgerPosition", "must not be negative");
    }

    @Override
    public int compareTo(ReachedAt other) {
        int byTime = at.compareTo(other.at);
        return byTime != 0 ? byTime : Long.compare(ledgerPosition, other.ledgerPosition);
    }

    /** Whether this is later than the other. */
    public boolean isAfter(ReachedAt other) {
        return compareTo(other) > 0;
    }
}
