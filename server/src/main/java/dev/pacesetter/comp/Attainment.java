package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * A rep's progress against quota in one period.
 *
 * @param creditedRevenue net credited revenue, exact
 * @param quota           the quota
 * @param percent         revenue / quota × 100, truncated to ten decimals (display only)
 */
public record Attainment(Money creditedRevenue, Money quota, BigDecimal percent) {

    /** Rejects missing values. */
    public Attainment {
        Checks.present(creditedRevenue, "creditedRevenue");
        Checks.present(quota, "quota");
        Checks.present(percent, "percent");
    }
}
