package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One skill of one rep against the target of the rep's role.
 *
 * @param skillId     the skill
 * @param skillName   its display name
 * @param weight      the skill's weight for the role, in (0, 1]
 * @param targetLevel the role's target level, 1..5
 * @param proficiency the blended proficiency, possibly unknown, with its explanation
 */
public record SkillStanding(String skillId, String skillName, double weight, int targetLevel,
                            SkillProficiency proficiency) {

    public SkillStanding {
        Checks.text(skillId, "skillId");
        Checks.text(skillName, "skillName");
        Checks.require(weight > 0 && weight <= 1, "weight", "must be within (0, 1], was " + weight);
        Checks.range(targetLevel, 1, 5, "targetLevel");
        Checks.present(proficiency, "proficiency");
        Checks.require(proficiency.skillId().equals(skillId), "proficiency",
                "is for '" + proficiency.skillId() + "', not '" + skillId + "'");
    }

    /** {@code target − proficiency}, one decimal; negative when the rep is above target; empty when unknown. */
    public Optional<BigDecimal> gap() {
        return proficiency.level().map(l -> BigDecimal.valueOf(targetLevel).subtract(l).setScale(1));
    }

    /** The gap times the skill's weight for the role, exact: what gaps are ranked by. */
    public Optional<BigDecimal> weightedGap() {
        return gap().map(g -> g.multiply(BigDecimal.valueOf(weight)));
    }

    /** The weighted gap rounded to three decimals, for display. */
    public Optional<BigDecimal> weightedGapRounded() {
        return weightedGap().map(w -> w.setScale(3, RoundingMode.HALF_UP));
    }

    /** Whether the rep is known to be below target. */
    public boolean hasGap() {
        return gap().map(g -> g.signum() > 0).orElse(false);
    }
}
