package dev.pacesetter.comp;

import java.math.BigDecimal;

/**
 * A fixed bonus paid once per period when attainment reaches a threshold, e.g. USD 1,000 at 100 %.
 * Recalculating the period never pays it twice: a correction only pays or claws back the difference.
 *
 * @param id                  component id
 * @param atAttainmentPercent threshold in % of quota, inclusive
 * @param bonus               the bonus, in whole minor units
 * @param controls            gate and cap
 */
public record MilestoneBonus(String id, BigDecimal atAttainmentPercent, Money bonus, Controls controls)
        implements PlanComponent {

    /** Rejects a negative threshold or a bonus that is not a positive whole number of minor units. */
    public MilestoneBonus {
        Checks.id(id, "id");
        Checks.nonNegative(atAttainmentPercent, "atAttainmentPercent");
        Checks.present(bonus, "bonus");
        Checks.require(bonus.signum() > 0, "bonus", "must be positive, was " + bonus);
        Checks.require(bonus.isWholeMinorUnits(), "bonus", "must be in whole minor units, was " + bonus);
        Checks.present(controls, "controls");
    }
}
