package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The data a statement line was computed from (for an adjustment: of the recalculated period).
 *
 * @param creditedRevenue   the period's credited revenue, exact
 * @param attainmentPercent revenue / quota × 100, truncated to ten decimals (for display; decisions are exact)
 * @param slice             the revenue band, for rate-table lines
 * @param units             the unit count, for per-unit lines (split items count as their share)
 */
public record LineInputs(Money creditedRevenue, BigDecimal attainmentPercent, Optional<Slice> slice,
                         Optional<BigDecimal> units) {

    /** Rejects missing values. */
    public LineInputs {
        Checks.present(creditedRevenue, "creditedRevenue");
        Checks.present(attainmentPercent, "attainmentPercent");
        Checks.present(slice, "slice");
        Checks.present(units, "units");
    }

    LineInputs withSlice(Slice newSlice) {
        return new LineInputs(creditedRevenue, attainmentPercent, Optional.of(newSlice), units);
    }

    LineInputs withUnits(BigDecimal newUnits) {
        return new LineInputs(creditedRevenue, attainmentPercent, slice, Optional.of(newUnits));
    }
}
