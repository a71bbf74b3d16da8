package dev.pacesetter.comp;

/**
 * A fixed amount per credited item that matches a filter, e.g. USD 50 per {@code MEETING_BOOKED} or
 * USD 200 per new-logo {@code DEAL_WON}. A split item counts as its split share of a unit (a 50 %
 * split earns half the amount); a reversal takes its unit back.
 *
 * @param id       component id
 * @param filter   which items count
 * @param perUnit  amount per whole unit
 * @param controls gate and cap
 */
public record PerUnitPayment(String id, ItemFilter filter, Money perUnit, Controls controls)
        implements PlanComponent {

    /** Rejects a non-positive amount per unit. */
    public PerUnitPayment {
        Checks.id(id, "id");
        Checks.present(filter, "filter");
        Checks.present(perUnit, "perUnit");
        Checks.require(perUnit.signum() > 0, "perUnit", "must be positive, was " + perUnit);
        Checks.present(controls, "controls");
    }
}
