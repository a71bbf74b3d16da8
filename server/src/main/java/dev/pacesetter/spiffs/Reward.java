package dev.pacesetter.spiffs;

import dev.pacesetter.comp.Money;

import java.math.BigDecimal;

/**
 * What a SPIFF pays.
 *
 * @param kind           how it pays
 * @param amount         the fixed amount (FIXED_PER_UNIT, FIXED_PRIZE_FIRST_N); null for a percentage
 * @param percent        percent points of the deal amount (PERCENT_OF_AMOUNT only); null otherwise
 * @param unitsPerReward qualifying activities per award, e.g. 3 for "USD 500 for every 3 deals"; 1 for a percentage
 * @param firstN         how many reps win (FIXED_PRIZE_FIRST_N only); 0 otherwise
 */
public record Reward(RewardKind kind, Money amount, BigDecimal percent, int unitsPerReward, int firstN) {

    /** Rejects a reward whose parts do not fit its kind. */
    public Reward {
        SpiffRuleException.present(kind, "reward.kind");
        SpiffRuleException.require(unitsPerReward >= 1 && unitsPerReward <= 1000, "reward.unitsPerReward",
                "must be between 1 and 1000, was " + unitsPerReward);
        if (kind == RewardKind.PERCENT_OF_AMOUNT) {
            SpiffRuleException.present(percent, "reward.percent");
            SpiffRuleException.require(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
                    "reward.percent", "must be above 0 and at most 100, was " + percent.toPlainString());
            SpiffRuleException.require(amount == null, "reward.amount", "must be absent for PERCENT_OF_AMOUNT");
            SpiffRuleException.require(unitsPerReward == 1, "reward.unitsPerReward",
                    "must be 1 for PERCENT_OF_AMOUNT, was " + unitsPerReward);
        } else {
            SpiffRuleException.present(amount, "reward.amount");
            SpiffRuleException.require(amount.signum() > 0 && amount.isWholeMinorUnits(), "reward.amount",
                    "must be positive, in whole minor units, was " + amount);
            SpiffRuleException.require(percent == null, "reward.percent", "must be absent for " + kind);
        }
        if (kind == RewardKind.FIXED_PRIZE_FIRST_N) {
            SpiffRuleException.require(firstN >= 1, "reward.firstN", "must be at least 1 for FIXED_PRIZE_FIRST_N, was "
                    + firstN);
        } else {
            SpiffRuleException.require(firstN == 0, "reward.firstN", "must be absent for " + kind);
        }
    }

    /** "USD 500.00 for every 3 units" and so on, for explanations. */
    String describe(String unit) {
        String per = unitsPerReward == 1 ? "per " + unit : "for every " + unitsPerReward + " " + unit + "s";
        return switch (kind) {
            case FIXED_PER_UNIT -> amount.format() + " " + per;
            case PERCENT_OF_AMOUNT -> percent.stripTrailingZeros().toPlainString() + "% of each " + unit;
            case FIXED_PRIZE_FIRST_N -> amount.format() + " to each of the first " + firstN + " reps reaching "
                    + unitsPerReward + " " + (unitsPerReward == 1 ? unit : unit + "s");
        };
    }
}
