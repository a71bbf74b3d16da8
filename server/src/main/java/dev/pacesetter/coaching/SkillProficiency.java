package dev.pacesetter.coaching;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rep's proficiency in one skill, 1.0..5.0 with one decimal, or unknown when there is no usable
 * evidence — never a guess.
 *
 * @param skillId     the skill
 * @param level       the blended level, scale 1; empty means unknown
 * @param explanation every input, weight and contribution
 */
public record SkillProficiency(String skillId, Optional<BigDecimal> level, Explanation explanation) {

    public SkillProficiency {
        Checks.text(skillId, "skillId");
        Checks.present(level, "level");
        Checks.present(explanation, "explanation");
        level.ifPresent(l -> Checks.require(l.scale() == 1 && l.compareTo(BigDecimal.ONE) >= 0
                && l.compareTo(BigDecimal.valueOf(5)) <= 0, "level", "must be 1.0..5.0 with one decimal, was " + l));
    }

    public boolean known() {
        return level.isPresent();
    }
}
