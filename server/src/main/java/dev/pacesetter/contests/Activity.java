package dev.pacesetter.contests;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A ledger activity as the contest rules see it.
 *
 * <p>Corrections follow the ledger: nothing changes in place. A reversal is a new entry that repeats
 * the original's facts and names the original's position in {@link Stamp#reverses()}; an amendment is a
 * reversal plus a new activity.
 *
 * @param stamp         where and when the ledger recorded it
 * @param participantId whom it is credited to
 * @param type          what kind of activity it is
 * @param occurredAt    when it happened (business time); contests count by this
 * @param facts         points, and for deals the amount and product
 */
public record Activity(Stamp stamp, String participantId, ActivityKind type, Instant occurredAt, Facts facts) {

    /** Validates presence of every part. */
    public Activity {
        Checks.present(stamp, "activity.stamp");
        participantId = Checks.text(participantId, "activity.participantId", 100);
        Checks.present(type, "activity.type");
        Checks.present(occurredAt, "activity.occurredAt");
        Checks.present(facts, "activity.facts");
    }

    /** Whether this entry reverses an earlier one. */
    public boolean reversal() {
        return stamp.reverses().isPresent();
    }

    /**
     * The ledger's stamp.
     *
     * @param position   the ledger position, unique and increasing; above zero
     * @param recordedAt when the ledger appended it (decides lateness against the grace period)
     * @param reverses   the position of the entry this one reverses, if it is a reversal
     */
    public record Stamp(long position, Instant recordedAt, OptionalLong reverses) {
        /** Validates the positions. */
        public Stamp {
            Checks.require(position > 0, "activity.position", "must be above zero");
            Checks.present(recordedAt, "activity.recordedAt");
            reverses = reverses == null ? OptionalLong.empty() : reverses;
            Checks.require(reverses.isEmpty() || (reverses.getAsLong() > 0 && reverses.getAsLong() < position),
                    "activity.reverses", "must name an earlier ledger position");
        }
    }

    /**
     * What the activity carries.
     *
     * @param points  the points the ledger credited (the activity type's, or the organisation's override)
     * @param amount  a deal's amount, not negative (refunds are reversals)
     * @param product a deal's product
     */
    public record Facts(long points, Optional<Money> amount, Optional<String> product) {
        /** Validates points and amount. */
        public Facts {
            Checks.require(points >= 0, "activity.points", "must not be negative");
            amount = Checks.orEmpty(amount);
            product = Checks.orEmpty(product);
            Checks.require(amount.map(a -> a.amount().signum() >= 0).orElse(true), "activity.amount",
                    "must not be negative; a refund is a reversal");
        }

        /** Facts of an activity with points only. */
        public static Facts points(long points) {
            return new Facts(points, Optional.empty(), Optional.empty());
        }

        /** Facts of a deal. */
        public static Facts deal(long points, Money amount, String product) {
            return new Facts(points, Optional.of(amount), Optional.ofNullable(product));
        }
    }
}
