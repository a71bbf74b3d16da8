package dev.pacesetter.coaching;

import java.util.List;
import java.util.Optional;

/**
 * Everything known about one rep's proficiency in one skill, before blending.
 *
 * @param skillId the skill
 * @param manager the latest manager rating, if any
 * @param self    the latest self-rating, if any
 * @param kpi     every signal of the rep's role that informs the skill, placed or not
 */
public record SkillEvidence(String skillId, Optional<Rating> manager, Optional<Rating> self, List<KpiEvidence> kpi) {

    public SkillEvidence {
        Checks.text(skillId, "skillId");
        Checks.present(manager, "manager");
        Checks.present(self, "self");
        kpi = Checks.list(kpi, "kpi");
    }
}
