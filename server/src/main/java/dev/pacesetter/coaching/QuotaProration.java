package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Scales a comp-period quota to the quota-attainment signal's rolling window. The signal sums won
 * revenue over its own window (90 days), which does not line up with a calendar quarter or month, so
 * it compares that revenue with the same number of days' share of the current period's quota: a rep
 * on pace for a quarterly quota reads about 100 % at any point in the quarter.
 */
public final class QuotaProration {

    private QuotaProration() {
    }

    /** {@code periodQuota × windowDays / periodDays}, unrounded (it is compared, never paid). */
    public static BigDecimal toWindow(BigDecimal periodQuota, int periodDays, int windowDays) {
        Checks.present(periodQuota, "periodQuota");
        Checks.require(periodQuota.signum() > 0, "periodQuota", "must be greater than zero, was " + periodQuota);
        Checks.range(periodDays, 1, 366, "periodDays");
        Checks.range(windowDays, 1, 3660, "windowDays");
        return periodQuota.multiply(BigDecimal.valueOf(windowDays))
                .divide(BigDecimal.valueOf(periodDays), MathContext.DECIMAL64);
    }
}
