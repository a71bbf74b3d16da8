package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the components of a plan are evaluated against, computed once per period in one pass:
 * net credited revenue (originals plus corrections of {@code DEAL_WON} items) and attainment.
 *
 * @param input             the period input
 * @param revenue           net credited revenue, exact
 * @param attainmentPercent revenue / quota × 100, truncated to ten decimals (display only)
 */
record PeriodFacts(PeriodInput input, Money revenue, BigDecimal attainmentPercent) {

    static PeriodFacts of(PeriodInput input) {
        // Items are all in the plan currency (checked by PeriodInput), so sum the amounts directly.
        BigDecimal sum = BigDecimal.ZERO;
        for (CreditedItem item : input.items()) {
            if (item.kind().isRevenue()) {
                sum = sum.add(item.credit().amount());
            }
        }
        Money revenue = new Money(sum, input.plan().currency());
        return new PeriodFacts(input, revenue, revenue.percentOf(input.quota().amount()));
    }

    Quota quota() {
        return input.quota();
    }

    /** Exact: {@code revenue × 100 ≥ quota × percent}. */
    boolean reaches(BigDecimal percent) {
        return Attainments.reaches(revenue, quota().amount(), percent);
    }

    /** Net units of the items a filter matches (a split item counts as its share). */
    BigDecimal units(ItemFilter filter) {
        BigDecimal units = BigDecimal.ZERO;
        for (CreditedItem item : input.items()) {
            if (filter.matches(item.kind())) {
                units = units.add(item.unitWeight());
            }
        }
        return units;
    }

    LineInputs inputs() {
        return new LineInputs(revenue, attainmentPercent, Optional.empty(), Optional.empty());
    }

    Attainment attainment() {
        return new Attainment(revenue, quota().amount(), attainmentPercent);
    }

    String attainmentText() {
        return Explain.attainment(attainmentPercent);
    }
}
