package dev.pacesetter.live;

import java.time.Duration;
import java.time.Instant;

/**
 * What a screen token grants: reading one contest's live standings, in one organisation, until it
 * expires. It names the manager or admin who minted it, so deactivating them retires their screens.
 *
 * @param orgId     the organisation
 * @param contestId the one contest it may read
 * @param issuedBy  the user who minted it
 * @param issuedAt  when
 * @param expiresAt when it stops working; at most {@link #MAX_LIFETIME} after {@code issuedAt}
 */
public record ScreenToken(long orgId, long contestId, long issuedBy, Instant issuedAt, Instant expiresAt) {

    /** A week: long enough for a TV to run a weekly contest, short enough that a leaked token ages out. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(168);

    public ScreenToken {
        if (orgId <= 0 || contestId <= 0 || issuedBy <= 0) {
            throw new IllegalArgumentException("a screen token names an organisation, a contest and its issuer");
        }
        if (issuedAt == null || expiresAt == null || !expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a screen token expires after it is issued");
        }
        if (Duration.between(issuedAt, expiresAt).compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a screen token lives at most " + MAX_LIFETIME.toHours() + " hours");
        }
        issuedAt = Instant.ofEpochSecond(issuedAt.getEpochSecond());
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    }

    /** A token minted at {@code now} for {@code hours} hours. */
    public static ScreenToken mint(long orgId, long contestId, long issuedBy, Instant now, int hours) {
        return new ScreenToken(orgId, contestId, issuedBy, now, now.plus(Duration.ofHours(hours)));
    }
}
