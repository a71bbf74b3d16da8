package dev.pacesetter.contests;

import java.time.Instant;
import java.util.OptionalLong;

/** Ledger activities for tests: calls, deals and reversals. */
final class Ledger {

    private Ledger() {
    }

    static Activity call(long position, String who, Instant at) {
        return new Activity(new Activity.Stamp(position, at, OptionalLong.empty()), who, ActivityKind.CALL_LOGGED, at,
                Activity.Facts.points(1));
    }

    static Activity deal(long position, String who, Instant at, String amountEur, String product) {
        return new Activity(new Activity.Stamp(position, at, OptionalLong.empty()), who, ActivityKind.DEAL_WON, at,
                Activity.Facts.deal(50, Money.of(amountEur, "EUR"), product));
    }

    static Activity reversal(long position, Activity original, Instant recordedAt) {
        return new Activity(new Activity.Stamp(position, recordedAt, OptionalLong.of(original.stamp().position())),
                original.participantId(), original.type(), original.occurredAt(), original.facts());
    }

    static Activity recordedAt(Activity activity, Instant recordedAt) {
        return new Activity(new Activity.Stamp(activity.stamp().position(), recordedAt, activity.stamp().reverses()),
                activity.participantId(), activity.type(), activity.occurredAt(), activity.facts());
    }
}
