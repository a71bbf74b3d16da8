package dev.pacesetter.comp;

import java.math.BigDecimal;
import java.util.Optional;

/** The plan rule that produced a statement line, as data a program (or the chat-bot) can inspect. */
public sealed interface Rule {

    /**
     * A rate-table tier: in marginal mode the slice of revenue inside it, in retroactive mode all
     * revenue at the tier reached.
     *
     * @param number tier number from 1
     * @param tier   bounds and rate
     * @param mode   marginal or retroactive
     */
    record RateTier(int number, Tier tier, TierMode mode) implements Rule {
        /** Rejects a tier number below 1. */
        public RateTier {
            Checks.require(number >= 1, "number", "must be 1 or more, was " + number);
            Checks.present(tier, "tier");
            Checks.present(mode, "mode");
        }
    }

    /**
     * The component's gate was not met, so it pays nothing.
     *
     * @param gate the gate
     */
    record GateNotMet(Gate gate) implements Rule {
        /** Rejects a missing gate. */
        public GateNotMet {
            Checks.present(gate, "gate");
        }
    }

    /**
     * The component's cap held back the amount above the limit.
     *
     * @param cap      the cap as configured
     * @param limit    the cap for this rep and period
     * @param uncapped what the component's other lines added up to
     */
    record CapApplied(Cap cap, Money limit, Money uncapped) implements Rule {
        /** Rejects missing values. */
        public CapApplied {
            Checks.present(cap, "cap");
            Checks.present(limit, "limit");
            Checks.present(uncapped, "uncapped");
        }
    }

    /**
     * A milestone bonus, reached or not yet.
     *
     * @param atAttainmentPercent the threshold
     * @param bonus               the bonus
     * @param reached             whether attainment reached it
     */
    record Milestone(BigDecimal atAttainmentPercent, Money bonus, boolean reached) implements Rule {
        /** Rejects missing values. */
        public Milestone {
            Checks.present(atAttainmentPercent, "atAttainmentPercent");
            Checks.present(bonus, "bonus");
        }
    }

    /**
     * A per-unit payment.
     *
     * @param filter  which items count
     * @param perUnit amount per unit
     */
    record UnitRate(ItemFilter filter, Money perUnit) implements Rule {
        /** Rejects missing values. */
        public UnitRate {
            Checks.present(filter, "filter");
            Checks.present(perUnit, "perUnit");
        }
    }

    /**
     * A clawback (negative) or true-up (positive) for an earlier period after corrections.
     *
     * @param period         the earlier period recalculated
     * @param adjusts        the key of the line adjusted, in that period
     * @param originalLineId the id of the line first paid under that key, if any
     * @param recalculated   what the line comes to now
     * @param previouslyPaid what was paid under that key so far (original plus earlier adjustments)
     */
    record Adjustment(CompPeriod period, LineKey adjusts, Optional<String> originalLineId, Money recalculated,
                      Money previouslyPaid) implements Rule {
        /** Rejects missing values. */
        public Adjustment {
            Checks.present(period, "period");
            Checks.present(adjusts, "adjusts");
            Checks.present(originalLineId, "originalLineId");
            Checks.present(recalculated, "recalculated");
            Checks.present(previouslyPaid, "previouslyPaid");
        }
    }
}
