package dev.pacesetter.coaching;

import java.time.Instant;

/**
 * Points a plan event earns, shaped like a ledger activity so the service can ingest it as one: the
 * ledger is idempotent on {@code (organisation, source, externalId)}, so re-delivering the same event
 * cannot pay twice.
 *
 * @param repId        the rep credited
 * @param activityType the ledger activity type, e.g. {@code COACHING_ITEM_COMPLETED}
 * @param source       always {@code CoachingPoints#SOURCE}
 * @param externalId   stable per plan item or plan, e.g. {@code plan-100-item-4}
 * @param points       what the type is worth (its {@code defaultPoints} once it is in the catalog)
 * @param occurredAt   when the verification or completion happened
 */
public record CoachingAward(long repId, String activityType, String source, String externalId, int points,
                            Instant occurredAt) {

    public CoachingAward {
        Checks.text(activityType, "activityType");
        Checks.text(source, "source");
        Checks.text(externalId, "externalId");
        Checks.require(points > 0, "points", "must be positive, was " + points);
        Checks.present(occurredAt, "occurredAt");
    }
}
