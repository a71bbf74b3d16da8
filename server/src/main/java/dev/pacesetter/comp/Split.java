package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * One rep's share of a deal.
 *
 * @param repId   the rep credited
 * @param percent share in percent points, more than 0 and at most 100
 */
public record Split(String repId, BigDecimal percent) {

    /** Rejects a malformed rep id and a share outside (0, 100]. */
    public Split {
        Checks.id(repId, "repId");
        Checks.share(percent, "percent");
    }

    /** {@code Split.of("ana", "60")}. */
    public static Split of(String repId, String percent) {
        return new Split(repId, new BigDecimal(percent));
    }
}
